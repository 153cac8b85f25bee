import {
  type AnsiCode,
  ansiCodesToString,
  diffAnsiCodes,
  tokenize as libraryTokenize,
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

type Token = ReturnType<typeof libraryTokenize>[number];

/**
 * Lines made of escape codes and characters that are each one column wide and a grapheme of their
 * own (./string-width.ts's fast set): no line feed, no C1 controls, no hyperlinks (ESC ]).
 */
const PLAIN_STYLED_LINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape is in the set.
  /^[\u001b\u0020-\u007e\u00a0-\u00ac\u00ae-\u017f\u2010-\u2027\u2030-\u203a\u2190-\u2199\u2500-\u259f]*$/;

const ESCAPE = 0x1b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LETTER_M = 0x6d;
const SEMICOLON = 0x3b;

/**
 * ansi-tokenize's tokenize, with the same tokens, for Ink's output (the build points Ink's import
 * here). Ink tokenizes every line of every frame; the library walks each through a grapheme
 * segmenter and tests each grapheme for full width. On a plain styled line every character is a
 * one-column grapheme, so it is read character by character, and each colour code (ESC [ digits
 * and semicolons m) is handed to the library, which splits compound codes. Anything else goes to
 * the library whole.
 */
export function tokenize(text: string, endChar = Number.POSITIVE_INFINITY): Token[] {
  if (typeof text !== 'string' || !PLAIN_STYLED_LINE.test(text)) {
    return libraryTokenize(text, endChar);
  }
  const tokens: Token[] = [];
  let visible = 0;
  let index = 0;
  while (index < text.length) {
    if (text.charCodeAt(index) === ESCAPE) {
      const next = text.charCodeAt(index + 1);
      if (next === CLOSE_BRACKET) return libraryTokenize(text, endChar);
      if (next === OPEN_BRACKET) {
        let end = index + 2;
        while (end < text.length) {
          const code = text.charCodeAt(end);
          if (code === SEMICOLON || (code >= 0x30 && code <= 0x39)) end++;
          else break;
        }
        if (text.charCodeAt(end) === LETTER_M) {
          for (const token of libraryTokenize(text.slice(index, end + 1))) tokens.push(token);
          index = end + 1;
          continue;
        }
      }
    }
    tokens.push({ type: 'char', value: text.charAt(index), fullWidth: false });
    index++;
    visible++;
    if (visible >= endChar) break;
  }
  return tokens;
}
