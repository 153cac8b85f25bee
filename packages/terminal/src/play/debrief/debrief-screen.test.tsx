import { debriefTranscript, endingReason, playChoices } from '@rapport/engine';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../../test/keys.js';
import { playFixture } from '../../../test/load-play-fixture.js';
import { DebriefScreen } from './debrief-screen.js';

const scenario = await playFixture('two-roads');
// push (75, 31), ask (69, 36), hold at the non-negotiable moment: directive (72, 40): a shrug
const { transcript } = playChoices(scenario, ['push', 'ask', 'hold']);
const debrief = debriefTranscript(scenario, transcript);

const screen = (send = vi.fn()) =>
  render(<DebriefScreen debrief={debrief} speaker="Sam" turns={transcript.turns} send={send} />);

describe('DebriefScreen', () => {
  it('opens on the outcome, every figure with its band, and the trajectory', () => {
    expect(screen().lastFrame()).toMatchInlineSnapshot(`
      "Debrief: Two roads
      [Summary]  Turning points   Transcript

      A shrug (stalemate)
      Nothing changes.

      Listening ratio              0.50  – too few to rate (1 listening, 1 insistence)
      Reflection-to-question ratio 0:1   – too few to rate (0 reflections, 1 question)
      Complex reflections          n/a   – too few to rate (0 of 0 reflections)
      Technical (estimated)        n/a   – too few to rate (MITI fair 3, good 4)
      Relational (estimated)       n/a   – too few to rate (MITI fair 3.5, good 4)
      MI-adherent                  0     (affirm, collaboration, autonomy)
      MI-non-adherent              1     (persuade without permission, confront)
      Persuade with Permission     0     (advice after asking; in neither total)
      Change talk evoked           0     (0 lines of change talk answered)
      Sustain talk                 0/0   (0 softened, 0 reinforced)
      Pushes into resistance       0     (fewer is better)
      Decisiveness                 1/1   (1 set, 0 missed; outside MITI)
      Bands (fair/good): listening 0.60/0.80 in this scenario; MITI 4.2.1: reflection-to-question 1:1/2:1,
      complex 40%/50%, technical 3/4, relational 3.5/4. Boundaries are outside MITI: decisiveness has no
      MITI code.

      ←→ page · ↑↓ scroll (more below) · r retry · q quit"
    `);
  });

  it('pages to the turning points and the weakest turn, then the transcript', async () => {
    const { stdin, lastFrame } = screen();
    await press(stdin, KEYS.right);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Debrief: Two roads
       Summary  [Turning points]  Transcript

      Trajectory over 3 turns
      Resistance ▅▇▆▆ 60 → 72
      Trust      ▄▃▃▄ 40 → 40

      Turning points
      Turn 1: Insisting, swing 24 → resistance 75, trust 31
      Turn 2: Open question, swing 11 → resistance 69, trust 36

      Weakest turn: turn 1
      You said: Everyone has to use it from Monday. (Insisting)
      Best option there: What gets in the way? (Open question)
      Open question: An open question invites the story. It keeps a breakthrough within reach.

      ←→ page · r retry · q quit"
    `);
    await press(stdin, KEYS.tab);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Debrief: Two roads
       Summary   Turning points  [Transcript]

      1. Sam: I don't use it. Why would I?
         You: Everyone has to use it from Monday.
         Insisting (insistence) · resistance 60→75, trust 40→31

      2. Sam: I've told you already. No.
         You: What gets in the way?
         Open question (listening) · resistance 75→69, trust 31→36

      3. Sam: It doubles my typing, and the export it replaced sends the plan to a personal mailbox.
         You: I hear you, and the export stops today because it leaks data; here's a safe route.
         Setting a boundary (directive) · resistance 69→72, trust 36→40 · non-negotiable moment

      ←→ page · r retry · q quit"
    `);
    await press(stdin, KEYS.left, KEYS.left);
    expect(lastFrame()).toContain('[Summary]');
  });

  it('says it is still looking while the best option is being found', async () => {
    const { stdin, lastFrame } = render(
      <DebriefScreen
        debrief={debrief}
        searching
        speaker="Sam"
        turns={transcript.turns}
        send={vi.fn()}
      />,
    );
    await press(stdin, KEYS.right);
    expect(lastFrame()).toContain('Looking for the best option that was open there…');
    expect(lastFrame()).not.toContain('Best option there');
  });

  it('scrolls a page taller than the terminal, keeping the title and the keys in view', async () => {
    const many = [...transcript.turns, ...transcript.turns, ...transcript.turns].map(
      (turn, index) => ({
        ...turn,
        index,
      }),
    );
    const { stdin, lastFrame } = render(
      <DebriefScreen debrief={debrief} speaker="Sam" turns={many} send={vi.fn()} />,
    );
    await press(stdin, KEYS.left);
    const top = lastFrame() ?? '';
    expect(top.split('\n').length).toBeLessThan(24);
    expect(top).toContain("1. Sam: I don't use it. Why would I?");
    expect(top).toContain('↑↓ scroll (more below)');
    await press(stdin, ...Array.from({ length: 40 }, () => KEYS.down));
    const bottom = lastFrame() ?? '';
    expect(bottom.split('\n').slice(0, 2)).toEqual(top.split('\n').slice(0, 2));
    expect(bottom).not.toContain('1. Sam:');
    expect(bottom).toContain('Setting a boundary (directive) · resistance 69→72, trust 36→40');
    expect(bottom).toContain('←→ page · ↑↓ scroll · r retry · q quit');
  });

  it('retries on r and quits on q', async () => {
    const send = vi.fn();
    const { stdin } = screen(send);
    await press(stdin, 'r', 'q');
    expect(send.mock.calls).toEqual([[{ type: 'attempt.retry' }], [{ type: 'session.quit' }]]);
  });

  it('shows every meter, not only resistance and trust, and why the ending was reached', async () => {
    const storm = await playFixture('storm', 'debrief');
    const played = playChoices(storm, ['jargon', 'update'], { seed: 1 }).transcript;
    const { stdin, lastFrame } = render(
      <DebriefScreen
        debrief={debriefTranscript(storm, played)}
        speaker="Sandra"
        turns={played.turns}
        reason={endingReason(storm, played) ?? ''}
        meters={played.turns.at(-1)?.after ?? {}}
        send={vi.fn()}
      />,
    );
    expect(lastFrame()?.split('\n').slice(0, 11).join('\n')).toMatchInlineSnapshot(`
      "Debrief: The storm
      [Summary]  Turning points   Transcript

      Cards back, trust bruised (partial)
      The tills come back; Sandra plans around IT from now on.
      Why: clarity 15, 40 needed for Straight through the storm; trust 46 (34 or more): enough for Cards
      back, trust bruised.

      Resistance ████░░░░░░  40
      Trust      █████░░░░░  46
      Clarity    ██░░░░░░░░  15"
    `);
    await press(stdin, KEYS.right);
    expect(lastFrame()).toContain('Clarity    ▁▁▂ 0 → 15');
    await press(stdin, KEYS.right);
    expect(lastFrame()).toContain('resistance 40→40, trust 41→46, clarity 5→15');
  });
});
