const LEVELS = '▁▂▃▄▅▆▇█';

/** One block per value, 0 to 100, from ▁ to █. */
export function sparkline(values: readonly number[]): string {
  return values
    .map((value) => {
      const level = Math.min(
        LEVELS.length - 1,
        Math.max(0, Math.floor((value / 100) * LEVELS.length)),
      );
      return LEVELS[level];
    })
    .join('');
}
