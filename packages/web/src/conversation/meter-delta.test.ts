import type { Turn } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { describeChanges, formatDelta } from './meter-delta';

const turn = (before: Turn['before'], after: Turn['after']): Turn => ({
  index: 0,
  node: 'n',
  line: 'l',
  option: 'o',
  text: 't',
  move: 'affirm',
  family: 'listening',
  nonNegotiable: false,
  coach: 'c',
  before,
  after,
  reactance: false,
  available: ['o'],
});

describe('meter changes as the learner reads them', () => {
  it('uses a real minus sign and says when nothing moved', () => {
    expect([formatDelta(5), formatDelta(-6), formatDelta(0)]).toEqual(['+5', '−6', '±0']);
  });

  it('names a scenario’s own meters only when they moved', () => {
    const moved = turn(
      { resistance: 50, trust: 50, understanding: 0, 'team-morale': 10 },
      { resistance: 44, trust: 55, understanding: 10, 'team-morale': 10 },
    );
    expect(describeChanges(moved)).toBe('Resistance −6, trust +5, understanding +10');
    expect(describeChanges(moved, true)).toBe(
      'Resistance −6 to 44, trust +5 to 55, understanding +10 to 10',
    );
  });
});
