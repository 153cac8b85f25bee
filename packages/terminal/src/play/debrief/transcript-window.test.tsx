import { playChoices } from '@rapport/engine';
import { Box, renderToString } from 'ink';
import { describe, expect, it } from 'vitest';
import { playFixture } from '../../../test/load-play-fixture.js';
import { Prose } from '../parts/prose.js';
import { wrappedLines } from '../parts/wrapped-lines.js';
import { TranscriptView } from './transcript-view.js';
import { turnsThatFit } from './transcript-window.js';

const scenario = await playFixture('two-roads');
const { turns } = playChoices(scenario, ['push', 'ask', 'hold']).transcript;

describe('the transcript window', () => {
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

  it('shows as many turns as fit the rows, and at least one', () => {
    const rendered = (columns: number, count: number) =>
      renderToString(<TranscriptView speaker="Sam" turns={turns.slice(0, count)} />, {
        columns,
      }).split('\n').length;
    // the three turns take exactly this many lines at 60 columns
    const all = rendered(60, 3);
    expect(turnsThatFit(turns, 0, 'Sam', 60, all)).toBe(3);
    expect(turnsThatFit(turns, 0, 'Sam', 60, all - 1)).toBe(2);
    expect(turnsThatFit(turns, 0, 'Sam', 60, rendered(60, 2))).toBe(2);
    expect(turnsThatFit(turns, 2, 'Sam', 60, 1)).toBe(1);
  });
});
