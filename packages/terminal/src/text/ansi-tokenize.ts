import {
  type AnsiCode,
  ansiCodesToString,
  diffAnsiCodes,
  type StyledChar,
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
 * ansi-tokenize's styledCharsToString, with the same output, for Ink's output (the build points
 * Ink's import here: scripts/build.mjs). The library works out the codes between every two
 * characters with three Sets and four arrays, even where both carry the same style, which is
 * nearly everywhere: Ink turns every line of every frame into styled characters and back, 1,920
 * of them for an 80 by 24 screen. Where the style does not change, the diff is empty and is not
 * worked out.
 */
export function styledCharsToString(chars: StyledChar[]): string {
  let text = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as StyledChar;
    if (i === 0) {
      text += ansiCodesToString(char.styles);
    } else {
      const before = (chars[i - 1] as StyledChar).styles;
      if (!sameStyles(before, char.styles)) {
        text += ansiCodesToString(diffAnsiCodes(before, char.styles));
      }
    }
    text += char.value;
    if (i === chars.length - 1) text += ansiCodesToString(diffAnsiCodes(char.styles, []));
  }
  return text;
}
