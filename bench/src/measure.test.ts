import { describe, expect, it } from 'vitest';
import { median, medianPair } from './measure.js';

describe('medianPair', () => {
  it('times the two sides in turns, swapping which goes first, and keeps the median of each without the warm-up', async () => {
    const calls: string[] = [];
    const ours = [50, 10, 20, 30];
    const baseline = [99, 1, 4, 3];
    const result = await medianPair(
      () => {
        calls.push('ours');
        return ours.shift() as number;
      },
      () => {
        calls.push('baseline');
        return baseline.shift() as number;
      },
      { runs: 3, warmup: 1 },
    );
    expect(calls).toEqual([
      'ours',
      'baseline',
      'baseline',
      'ours',
      'ours',
      'baseline',
      'baseline',
      'ours',
    ]);
    // Turn by turn 10/1, 20/4 and 30/3: a ratio of 10, where the two medians would give 20/3.
    expect(result).toEqual({ ours: 20, baseline: 3, ratio: 10 });
  });

  it('takes the middle of an odd list and the mean of the two middles of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
