import { describe, expect, it } from 'vitest';
import { pickerWindow } from './list-window.js';

/** Ten entries of two lines each, as the picker shows a scenario whose title fits on one line. */
const ten = Array.from({ length: 10 }, () => 2);

describe('pickerWindow', () => {
  it('shows every entry when they all fit', () => {
    expect(pickerWindow([2, 2, 2], 2, 6, 0)).toEqual({ first: 0, end: 3 });
  });

  it('shows what fits from the top, keeping a line for the note of what is below', () => {
    // 9 lines: four entries (8) and the "more below" line.
    expect(pickerWindow(ten, 0, 9, 0)).toEqual({ first: 0, end: 4 });
  });

  it('scrolls only when the cursor passes the edge, and then by as little as it can', () => {
    expect(pickerWindow(ten, 3, 9, 0)).toEqual({ first: 0, end: 4 });
    // Entry 5 needs the view to start at 2: a line above, three entries, a line below.
    expect(pickerWindow(ten, 4, 9, 0)).toEqual({ first: 2, end: 5 });
    // Back up within the view: nothing moves.
    expect(pickerWindow(ten, 3, 9, 2)).toEqual({ first: 2, end: 5 });
    // Above it: the view starts at the cursor.
    expect(pickerWindow(ten, 1, 9, 2)).toEqual({ first: 1, end: 4 });
  });

  it('ends on the last entry without a line below it', () => {
    // A wrap from the top to the last entry: a line above and four entries.
    expect(pickerWindow(ten, 9, 9, 0)).toEqual({ first: 6, end: 10 });
  });

  it('makes room for a tall entry, and shows the cursor even when it alone is too tall', () => {
    // The six-line entry with the line above it and the last entry below: nine lines.
    expect(pickerWindow([2, 2, 6, 2], 2, 9, 0)).toEqual({ first: 2, end: 4 });
    expect(pickerWindow([2, 12, 2], 1, 9, 0)).toEqual({ first: 1, end: 2 });
  });
});
