import { playChoices, scoreTranscript, Transcript } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { attemptJson, attemptMarkdown } from './export-attempt';

describe('exporting an attempt', () => {
  const { transcript } = playChoices(twoRoadsScenario(), ['ask', 'hold'], {
    finishedAt: '2026-11-23T09:00:00.000Z',
  });

  it('writes JSON the engine reads and scores again to the same debrief', () => {
    const reread = Transcript.parse(JSON.parse(attemptJson(transcript)));
    expect(scoreTranscript(reread)).toEqual(scoreTranscript(transcript));
  });

  it('writes Markdown with the outcome, the figures and every turn', () => {
    expect(attemptMarkdown(transcript)).toMatchInlineSnapshot(`
      "# Two roads

      - Mode: Coach
      - Finished: 2026-11-23T09:00:00.000Z
      - Outcome: Breakthrough: Agreed

      ## Figures

      | figure | value | band |
      | --- | --- | --- |
      | Listening ratio | 1.00 | too few to rate |
      | Reflection-to-question ratio | 0:1 | too few to rate |
      | Complex reflections | n/a | too few to rate |
      | Technical (estimated) | n/a | too few to rate |
      | Relational (estimated) | n/a | too few to rate |
      | Change talk evoked | 0 | count |
      | Sustain talk | 0 softened, 0 reinforced | count |
      | MI-adherent | 0 | count |
      | MI-non-adherent | 0 | count |
      | Persuade with Permission | 0 | count |
      | Pushes into resistance | 0 | fewer is better |
      | Decisiveness | 1 set, 0 missed | boundaries (outside MITI) |

      These figures are a practice aid: they count your choices with MITI 4.2.1’s definitions and compare them with its thresholds, which are expert opinion set for coded 20-minute sessions, so read them as a pointer, not a rating.

      ## Conversation

      1. > I don't use it. Why would I?

         You: What gets in the way?

         *Open question* (listening); resistance -6, trust +5. An open question invites the story.

      2. > It doubles my typing.

         You: I hear you, and the export stops today because it leaks data; here's a safe route.

         *Setting a boundary* (directive); resistance +3, trust +4. Holding the line with a reason and a way forward.

      ## Ending

      **Agreed**: Sam agrees to try it.
      "
    `);
  });
});
