/** Escape, bell and a right-to-left override: what a hostile scenario might try to send. */
const RAW_CONTROLS = ['\u001b', '\u0007', '\u202e'] as const;

/** The raw control characters the text contains, so a test can say which got through. */
export function rawControls(text: string): string[] {
  return RAW_CONTROLS.filter((char) => text.includes(char));
}
