import {
  loadScenario,
  MITI_DISCLAIMER,
  playChoices,
  type Scenario,
  withTypedReplies,
} from '@rapport/engine';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import oneReflectionText from '../../test/fixtures/debrief/one-reflection.yaml?raw';
import { twoRoadsScenario } from '../../test/two-roads';
import type { Attempt } from '../history/attempt';
import { Debrief } from './debrief';

function attempt(choices: string[]): Attempt {
  const { transcript } = playChoices(twoRoadsScenario(), choices, {
    finishedAt: '2026-11-23T09:00:00.000Z',
  });
  return { id: 'one', savedAt: '2026-11-23T09:00:00.000Z', transcript };
}

function oneReflection(): Scenario {
  const loaded = loadScenario(oneReflectionText, 'one-reflection.yaml');
  if (!loaded.ok) throw new Error('the one-reflection fixture did not load');
  return loaded.scenario;
}

function row(name: RegExp): string {
  const table = screen.getByRole('table', { name: 'Your figures' });
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => r.textContent ?? '');
  return rows.find((text) => name.test(text)) ?? `no row matches ${name}`;
}

describe('the debrief', () => {
  it('shows the words typed in own-words play, the line they were matched to and the reading', () => {
    const played = attempt(['push', 'ask', 'reflect']);
    const transcript = withTypedReplies(
      played.transcript,
      new Map([
        [
          0,
          { text: 'You <b>will</b> use it.', move: 'insist' as const, codes: [], confidence: 0.91 },
        ],
        [
          1,
          {
            text: 'Tell me what gets in the way.',
            move: 'give-information' as const,
            codes: ['giving-information' as const],
            confidence: 0.42,
            corrected: true,
          },
        ],
      ]),
    );
    render(<Debrief attempt={{ ...played, transcript }} scenario={twoRoadsScenario()} />);
    const list = screen.getByRole('list', { name: 'Your conversation' });
    expect(within(list).getByText('You <b>will</b> use it.')).toBeTruthy();
    expect(within(list).getAllByText('Everyone has to use it from Monday.')).toHaveLength(1);
    expect(within(list).getByText(/the coder read it as insisting, 0\.91\./)).toBeTruthy();
    expect(
      within(list).getByText(
        /read it as giving information, 0\.42, and you chose another line than it matched/,
      ),
    ).toBeTruthy();
    // The score counts the line played: turn 2 was the open question.
    expect(within(list).getByText('Turn 2: Open question')).toBeTruthy();
    // What-if works from a typed turn as from a chosen one.
    expect(within(list).getByRole('button', { name: 'What if, at turn 1?' })).toBeTruthy();
  });

  it('shows the outcome and every figure with its band', () => {
    render(<Debrief attempt={attempt(['push', 'ask', 'reflect'])} scenario={twoRoadsScenario()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Debrief: Two roads');
    expect(screen.getByRole('heading', { name: 'Stalemate: A shrug' })).toBeTruthy();
    expect(screen.getByText('Nothing changes.')).toBeTruthy();
    // Three turns are too few for any band.
    expect(row(/^Listening ratio/)).toBe(
      'Listening ratio0.672 listening, 1 insistingtoo few to ratefair from 0.60, good from 0.80 (this scenario); rated on 4 or more listening and insisting moves',
    );
    expect(row(/^Reflection-to-question/)).toContain(
      '1:11 reflections, 1 questionstoo few to rate',
    );
    expect(row(/^Complex reflections/)).toContain('0%0 of 1 reflectionstoo few to rate');
    expect(row(/^Technical \(estimated\)/)).toBe(
      'Technical (estimated)n/acultivating change talk n/a, softening sustain talk n/atoo few to ratean estimate of MITI 4.2.1’s Technical global (1 to 5) from your coded choices: fair 3, good 4',
    );
    expect(row(/^Relational \(estimated\)/)).toBe(
      'Relational (estimated)n/apartnership 1.7, empathy 1.7too few to ratean estimate of MITI 4.2.1’s Relational global (1 to 5) from your coded choices: fair 3.5, good 4',
    );
    expect(row(/^Change talk evoked/)).toContain('00 change-talk lines answeredcount');
    expect(row(/^Sustain talk/)).toContain('0 softened, 0 reinforced0 sustain-talk lines answered');
    expect(row(/^MI-adherent/)).toBe(
      'MI-adherent0countMITI 4.2.1 codes Affirm, Seeking Collaboration and Emphasizing Autonomy',
    );
    expect(row(/^MI-non-adherent/)).toBe(
      'MI-non-adherent1countMITI 4.2.1 codes Persuade and Confront',
    );
    expect(row(/^Persuade with Permission/)).toContain('0count');
    expect(row(/^Pushes into resistance/)).toContain('0none');
    expect(row(/^Decisiveness/)).toBe(
      'Decisiveness0 set, 1 missedboundary missedboundaries set at non-negotiable moments; boundaries are outside MITI, which has no code for a legitimate limit',
    );
  });

  it('says what the figures are: a practice aid, not a MITI rating', () => {
    render(<Debrief attempt={attempt(['ask', 'hold'])} scenario={twoRoadsScenario()} />);
    const figures = screen.getByRole('region', { name: 'How you did' });
    expect(within(figures).getByText(MITI_DISCLAIMER)).toBeTruthy();
    expect(MITI_DISCLAIMER).toMatch(/practice aid.*MITI 4\.2\.1.*20-minute sessions/);
  });

  it('rates one reflection as too few, writes it with no questions, and leaves out what the scenario omits', () => {
    const scenario = oneReflection();
    const { transcript } = playChoices(scenario, ['mirror'], { seed: 5 });
    render(<Debrief attempt={{ id: 'one', savedAt: '', transcript }} scenario={scenario} />);
    expect(row(/^Reflection-to-question/)).toBe(
      'Reflection-to-question ratio1:0 (no questions)1 reflections, 0 questionstoo few to rateMITI 4.2.1: fair 1:1, good 2:1; rated on 4 or more reflections and questions, at least one a question',
    );
    expect(row(/^Complex reflections/)).toContain('0%0 of 1 reflectionstoo few to rate');
    expect(row(/^Listening ratio/)).toContain('1.001 listening, 0 insistingtoo few to rate');
    // The scenario says the Technical estimate does not apply to it.
    expect(row(/^Technical/)).toContain('not scored in this scenario');
    expect(row(/^Relational/)).toContain('too few to rate');
    // The line was sustain talk, answered with a simple reflection: reinforced.
    expect(row(/^Sustain talk/)).toContain('0 softened, 1 reinforced1 sustain-talk lines answered');
    expect(screen.queryByText(/good/, { selector: '.band' })).toBeNull();
  });

  it('draws the trajectory as a chart with the same figures as a table', () => {
    render(<Debrief attempt={attempt(['push', 'ask', 'reflect'])} scenario={twoRoadsScenario()} />);
    const chart = screen.getByRole('img', { name: /Resistance and trust after every turn/ });
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Meters after every turn (0 is the start)' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['TurnResistanceTrust', '06040', '17531', '26936', '36341']);
  });

  it('annotates every turn with its move and what it did, and names the turning points', () => {
    render(<Debrief attempt={attempt(['push', 'ask', 'reflect'])} scenario={twoRoadsScenario()} />);
    expect(screen.getByText(/Turn 1: Insisting/).closest('p')?.textContent).toBe(
      'Turn 1: Insisting (insistence). Resistance +15 to 75, trust −9 to 31.',
    );
    expect(screen.getByText('Insisting raises resistance.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Turning points' })).toBeTruthy();
    // With its direction, meter by meter, not "moved the meters by 24 points".
    expect(screen.getByText(/^Turn 1: insisting,/).textContent).toBe(
      'Turn 1: insisting, resistance +15 to 75, trust −9 to 31.',
    );
    const weakest = screen.getByRole('heading', { name: 'Your weakest turn: turn 1' });
    expect(weakest.parentElement?.textContent).toMatchInlineSnapshot(
      `"Your weakest turn: turn 1You chose insisting.The best option on offer there was:What gets in the way?Open question: An open question invites the story. It keeps a breakthrough within reach."`,
    );
  });

  it('offers a retry and both exports', () => {
    render(<Debrief attempt={attempt(['ask', 'hold'])} scenario={twoRoadsScenario()} />);
    expect(screen.getByRole('link', { name: 'Retry this scenario' }).getAttribute('href')).toBe(
      '#/scenario/two-roads',
    );
    expect(screen.getByRole('button', { name: 'Export as Markdown' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export as JSON' })).toBeTruthy();
  });
});
