import type { Option } from '@rapport/engine';
import { type PickerWindow, pickerWindow } from '../parts/list-window.js';
import { wrappedLines } from '../parts/wrapped-lines.js';

/** Indent of an option's text after its number. */
export const OPTION_INDENT = 5;

export type TurnLayout = {
  /** No blank lines and the turn beside the line: the roomy layout does not fit. */
  readonly compact: boolean;
  /** The options shown; all of them unless the screen is too short. */
  readonly window: PickerWindow;
};

export type TurnLayoutInput = {
  readonly turn: number;
  readonly speaker: string;
  readonly line: string;
  readonly options: readonly Option[];
  /** How many meter bars are shown (none in assess mode). */
  readonly meters: number;
  readonly hint: string;
  readonly cursor: number;
  /** The first option shown last time, so the window scrolls only at its edges. */
  readonly first: number;
  readonly columns: number;
  readonly rows: number;
};

/**
 * How a turn fits the terminal. The meters, the turn and the stakeholder's line are always drawn
 * whole; when the roomy layout (blank lines between the parts) is too tall, the blank lines go;
 * when that is still too tall, the options scroll in the rows that are left, the highlighted one
 * always in view. Ink clears the whole screen to draw a frame as tall as the terminal, so the
 * frame keeps one row spare.
 */
export function turnLayout(input: TurnLayoutInput): TurnLayout {
  const { options, columns, rows } = input;
  const heights = options.map((option) => wrappedLines(option.text, columns - OPTION_INDENT));
  const all = heights.reduce((sum, height) => sum + height, 0);
  const hint = wrappedLines(input.hint, columns);
  const meters = Math.max(0, input.meters);
  const roomy =
    (meters > 0 ? meters + 1 : 0) +
    1 +
    wrappedLines(`${input.speaker}: ${input.line}`, columns) +
    1 +
    all +
    1 +
    hint;
  const everything = { first: 0, end: options.length };
  if (roomy < rows) return { compact: false, window: everything };
  const head = wrappedLines(`Turn ${input.turn} · ${input.speaker}: ${input.line}`, columns);
  const room = rows - 1 - meters - head - hint;
  return { compact: true, window: pickerWindow(heights, input.cursor, room, input.first) };
}
