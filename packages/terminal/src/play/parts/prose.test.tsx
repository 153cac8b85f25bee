import { Box, renderToString } from 'ink';
import { describe, expect, it } from 'vitest';
import { dropWrapSpace, Prose } from './prose.js';

describe('Prose', () => {
  it('wraps on word boundaries with no space at the start of a wrapped line', () => {
    // "aaaa bbbb" fills ten columns exactly, so the space before "cccc" falls at the break
    const text = 'aaaa bbbbb cccc dddd';
    expect(
      renderToString(
        <Box width={10}>
          <Prose>{text}</Prose>
        </Box>,
      ),
    ).toBe('aaaa bbbbb\ncccc dddd');
  });

  it('keeps colour codes in front of the words', () => {
    expect(dropWrapSpace('\u001B[1m word')).toBe('\u001B[1mword');
    expect(dropWrapSpace('  two spaces are an indent, not a wrap')).toBe(
      ' two spaces are an indent, not a wrap',
    );
  });
});
