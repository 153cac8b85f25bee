/**
 * Control characters and bidirectional overrides that a terminal would act on instead of showing:
 * C0 controls other than tab and newline, DEL, C1 controls, and the Unicode direction marks that
 * can make a line read differently from what it contains.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line of output with scenario text made inert: a title holding an escape sequence must not
 * clear the screen or retitle the window; it shows as `\x1b` instead.
 */
export function printable(line: string): string {
  return line.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
