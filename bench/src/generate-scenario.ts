import type { ScenarioInput } from '@rapport/engine';
import { stringify } from 'yaml';

export type GenerateOptions = {
  /** Conversation nodes; each has three options, so options = 3 × nodes. */
  readonly nodes: number;
  /**
   * Meters that conditions read: 1 reads resistance only; 2 adds trust (a question is offered
   * only with some trust, and a reflection with enough trust skips ahead); 3 adds "heard",
   * which each reflection raises and a summary needs. Each one multiplies the (node, meters)
   * states the analysis must walk.
   */
  readonly meters?: 1 | 2 | 3;
};

/**
 * A large, valid scenario for measuring `rapport check` and the engine: a long conversation in
 * which listening moves forward, a question skips ahead and a push moves forward at a cost, with
 * meter-dependent lines on every third node and an escalation when resistance tops out.
 */
export function generateScenario({ nodes, meters = 1 }: GenerateOptions): ScenarioInput {
  if (!Number.isInteger(nodes) || nodes < 3)
    throw new RangeError('nodes must be a whole number of at least 3');
  const id = (i: number): string => `turn-${i + 1}`;
  const after = (i: number, step: number, last: string): string =>
    i + step < nodes ? id(i + step) : last;
  const scenarioNodes: NonNullable<ScenarioInput['nodes']> = {};
  for (let i = 0; i < nodes; i++) {
    scenarioNodes[id(i)] = {
      says: `Point ${i + 1}: the forecast screen still takes me longer than the spreadsheet did.`,
      ...(i % 3 === 0
        ? {
            variants: [
              {
                when: { resistance: { min: 80 } },
                says: `Point ${i + 1}: I have said this already.`,
              },
            ],
          }
        : {}),
      options: [
        {
          id: 'reflect',
          text: 'So the extra minutes land exactly when the orders are due.',
          move: 'complex-reflection',
          coach: 'A complex reflection names what sits under the complaint.',
          ...(meters >= 3 ? { effects: { heard: 7 } } : {}),
          next:
            meters >= 2 && i % 5 === 4
              ? [
                  { when: { trust: { min: 75 } }, to: after(i, 2, 'agreed') },
                  { to: after(i, 1, 'agreed') },
                ]
              : after(i, 1, 'agreed'),
        },
        {
          id: 'ask',
          text: 'What would make the screen worth the time?',
          move: 'open-question',
          coach: 'An open question hands the problem back to the expert.',
          ...(meters >= 2 && i % 4 === 1 ? { when: { trust: { min: 40 } } } : {}),
          next: after(i, 2, 'partly'),
        },
        ...(meters >= 3 && i % 6 === 2
          ? [
              {
                id: 'sum-up',
                text: 'So far: the extra minutes, the due dates, and nobody asking your team.',
                move: 'summarize' as const,
                coach: 'A summary gathers what was heard; it needs enough heard first.',
                when: { heard: { min: 30 } },
                effects: { heard: -20 },
                next: after(i, 3, 'agreed'),
              },
            ]
          : []),
        {
          id: 'push',
          text: 'The forecasts are more accurate when everyone logs in the module.',
          move: 'persuade',
          coach: 'Persuading without permission raises resistance.',
          next: after(i, 1, 'escalated'),
        },
      ],
    };
  }
  return {
    id: `generated-${nodes}`,
    title: `Generated conversation of ${nodes} nodes`,
    summary: 'A large generated scenario for benchmarks.',
    skills: ['complex reflections'],
    minutes: 120,
    difficulty: 'advanced',
    briefing: {
      situation: 'A very long review of a forecasting tool.',
      goal: 'Keep listening to the end.',
    },
    stakeholder: {
      name: 'Morgan',
      role: 'Planner',
      cares: 'Orders out on time.',
      history: 'The forecasting module arrived without a pilot.',
    },
    meters: { resistance: 50, trust: 50, ...(meters >= 3 ? { heard: 0 } : {}) },
    nodes: scenarioNodes,
    endings: {
      agreed: {
        outcome: 'breakthrough',
        title: 'Agreed',
        text: 'Morgan agrees to pilot the module.',
      },
      partly: { outcome: 'partial', title: 'Partly', text: 'Morgan will try one screen.' },
      escalated: {
        outcome: 'escalation',
        title: 'Escalated',
        text: 'Morgan takes it to the director.',
      },
      walked: {
        outcome: 'stalemate',
        title: 'Walked out',
        text: 'Morgan ends the meeting.',
        when: { resistance: { min: 100 } },
      },
    },
  };
}

export function generateScenarioYaml(options: GenerateOptions): string {
  return stringify(generateScenario(options), { lineWidth: 0 });
}
