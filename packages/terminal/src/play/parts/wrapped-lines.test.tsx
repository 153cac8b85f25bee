import { Box, renderToString } from 'ink';
import { describe, expect, it } from 'vitest';
import { Prose } from './prose.js';
import { wrappedLines } from './wrapped-lines.js';

describe('wrappedLines', () => {
  it('counts wrapped lines as Ink wraps them', () => {
    const texts = [
      'short',
      'I hear you, and the export stops today because it leaks data; here is a safe route.',
      'aaaa bbbbb cccc dddd',
      'a-very-long-word-that-cannot-fit-anywhere and then some',
    ];
    for (const width of [10, 23, 40, 60]) {
      for (const text of texts) {
        const shown = renderToString(
          <Box width={width}>
            <Prose>{text}</Prose>
          </Box>,
        );
        expect([text, width, wrappedLines(text, width)]).toEqual([
          text,
          width,
          shown.split('\n').length,
        ]);
      }
    }
  });
});
