/** One row of the bench table. */
export type Figure = {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The baseline measured beside it, or null where the figure has none. */
  readonly baseline: number | null;
  readonly baselineName: string | null;
  /** value / baseline, or null without a baseline. */
  readonly ratio: number | null;
  /** The budget, as people read it: "ratio ≤ 1.25", "< 2 s". */
  readonly budget: string;
  readonly ok: boolean;
  readonly note?: string;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The median of `runs` timings in milliseconds, after `warmup` runs that are thrown away. */
export async function medianTime(
  run: () => Promise<number> | number,
  { runs = 7, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await run());
  return median(times);
}

/**
 * Medians of two timings taken in turns, after `warmup` turns thrown away, and the median of
 * their ratio turn by turn. This machine's speed drifts by as much as half within a minute; a turn
 * times both sides within a second of each other, so each turn's ratio compares like with like,
 * where the ratio of the two medians could set a fast moment of one side against a slow one of
 * the other. The order swaps every turn (ours first, then the baseline first), so neither side
 * always runs in the wake of the other: a process that has just ended, or caches the other side
 * just filled. `pauseMs` between runs lets a process that just ended finish leaving before the
 * next starts.
 */
export async function medianPair(
  ours: () => Promise<number> | number,
  baseline: () => Promise<number> | number,
  { runs = 7, warmup = 2, pauseMs = 0 }: { runs?: number; warmup?: number; pauseMs?: number } = {},
): Promise<{ ours: number; baseline: number; ratio: number }> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));
  const times = { ours: [] as number[], baseline: [] as number[] };
  const time = async (run: () => Promise<number> | number): Promise<number> => {
    const ms = await run();
    if (pauseMs > 0) await pause();
    return ms;
  };
  for (let i = 0; i < warmup + runs; i++) {
    let a: number;
    let b: number;
    if (i % 2 === 0) {
      a = await time(ours);
      b = await time(baseline);
    } else {
      b = await time(baseline);
      a = await time(ours);
    }
    if (i < warmup) continue;
    times.ours.push(a);
    times.baseline.push(b);
  }
  return {
    ours: median(times.ours),
    baseline: median(times.baseline),
    ratio: median(times.ours.map((ours, i) => ours / (times.baseline[i] as number))),
  };
}

/** A figure judged by its ratio to the baseline: value / baseline unless a paired ratio is given. */
export function ratioFigure(
  name: string,
  unit: string,
  value: number,
  baselineName: string,
  baseline: number,
  check: { max?: number; min?: number },
  ratio: number = value / baseline,
): Figure {
  const ok =
    (check.max === undefined || ratio <= check.max) &&
    (check.min === undefined || ratio >= check.min);
  const budget = check.max !== undefined ? `ratio ≤ ${check.max}` : `ratio ≥ ${check.min}`;
  return { name, value, unit, baseline, baselineName, ratio, budget, ok };
}

export function limitFigure(
  name: string,
  unit: string,
  value: number,
  max: number,
  budget: string,
): Figure {
  return {
    name,
    value,
    unit,
    baseline: null,
    baselineName: null,
    ratio: null,
    budget,
    ok: value < max,
  };
}
