import {
  type AnsiCode,
  ansiCodesToString,
  diffAnsiCodes,
  type StyledChar,
  undoAnsiCodes,
} from '@alcalzone/ansi-tokenize';

export * from '@alcalzone/ansi-tokenize';

/** Whether two reduced styles hold the same codes in the same order: their diff is empty. */
function sameStyles(a: readonly AnsiCode[], b: readonly AnsiCode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as AnsiCode;
    const y = b[i] as AnsiCode;
    if (x.code !== y.code || x.endCode !== y.endCode) return false;
  }
  return true;
}

/**
 * The codes that take a line from one style to the next: the library's diff, which builds three
 * Sets and four arrays, worked out only where both styles are set and differ. From no style the
 * diff is the new style itself, and to no style it is the old one undone.
 */
function codesBetween(from: AnsiCode[], to: AnsiCode[]): string {
  if (sameStyles(from, to)) return '';
  if (from.length === 0) return ansiCodesToString(to);
  if (to.length === 0) return ansiCodesToString(undoAnsiCodes(from));
  return ansiCodesToString(diffAnsiCodes(from, to));
}

/**
 * ansi-tokenize's styledCharsToString, with the same output, for Ink's output (the build points
 * Ink's import here: scripts/build.mjs). Ink turns every line of every frame into styled
 * characters and back, 1,920 of them for an 80 by 24 screen, and the library diffs the styles of
 * every two neighbours, though they are nearly always the same.
 */
export function styledCharsToString(chars: StyledChar[]): string {
  let text = '';
  let before: AnsiCode[] = [];
  for (const char of chars) {
    text += codesBetween(before, char.styles) + char.value;
    before = char.styles;
  }
  return text + codesBetween(before, []);
}
