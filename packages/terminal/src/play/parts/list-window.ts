/** The entries shown: `first` up to, not including, `end`. */
export type PickerWindow = { readonly first: number; readonly end: number };

/**
 * Which entries of a list taller than the screen to show (the picker's library, a turn's options): a run that fits in `rows` lines and
 * holds the cursor, with a line above and below it for the "more" notes wherever entries are
 * hidden. The run moves as little as possible from the one that started at `first`, so the list
 * scrolls only when the cursor reaches its edge. `heights` are the lines each entry takes.
 */
export function pickerWindow(
  heights: readonly number[],
  cursor: number,
  rows: number,
  first: number,
): PickerWindow {
  const count = heights.length;
  const fits = (from: number, to: number): boolean => {
    let lines = (from > 0 ? 1 : 0) + (to < count ? 1 : 0);
    for (let i = from; i < to; i++) lines += heights[i] ?? 0;
    return lines <= rows;
  };
  if (fits(0, count)) return { first: 0, end: count };
  // The cursor's entry is shown even on a screen too short for it alone.
  let start = Math.min(Math.max(0, first), cursor);
  while (start < cursor && !fits(start, cursor + 1)) start++;
  let end = cursor + 1;
  while (end < count && fits(start, end + 1)) end++;
  return { first: start, end };
}
