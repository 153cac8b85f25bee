import realStringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

type Options = Parameters<typeof realStringWidth>[1];

/**
 * Characters that are each one column wide and never join a neighbour into one grapheme:
 * printable ASCII, Latin-1 and Latin Extended-A letters and signs (not the soft hyphen, which is
 * invisible), the dashes, quotes, bullet, ellipsis and angle quotes of General Punctuation, the
 * simple arrows, and box drawing and block elements (the meter bars). The test beside this file
 * checks every one of them against string-width.
 */
const ONE_COLUMN_EACH =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u017f\u2010-\u2027\u2030-\u203a\u2190-\u2199\u2500-\u259f]*$/;

/**
 * string-width, with the same answers, for Ink and the packages it measures text with (the build
 * points their imports here: scripts/build.mjs). string-width measures any text outside ASCII
 * grapheme by grapheme, through Intl.Segmenter and a dozen tests each, and the screens' text is
 * outside ASCII nearly always: coloured (escape codes), with "·", arrows and meter bars. Text
 * made only of the characters above, once its escape codes are stripped as string-width strips
 * them, is as wide as it is long; anything else (emoji, wide or combining characters, the
 * ambiguous-as-wide option, counted escape codes) is measured by string-width itself.
 */
export default function stringWidth(input: string, options?: Options): number {
  if (
    typeof input !== 'string' ||
    options?.ambiguousIsNarrow === false ||
    options?.countAnsiEscapeCodes
  ) {
    return realStringWidth(input, options);
  }
  const text = input.includes('\u001b') || input.includes('\u009b') ? stripAnsi(input) : input;
  return ONE_COLUMN_EACH.test(text) ? text.length : realStringWidth(input, options);
}
