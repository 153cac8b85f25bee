import type { Key } from 'ink';

/**
 * Enter, however it arrives. Once Ink has the terminal in raw mode, Enter is "\r" (`key.return`).
 * An Enter pressed before that, in the moment between the first frame and Ink switching raw mode
 * on, was turned into a line feed by the terminal, "\n", which Ink names differently: without
 * this, the learner who presses Enter as soon as the briefing shows is ignored. Several pressed
 * then arrive together ("\n\n") and count as one, so none goes on past a screen unseen.
 */
export function isEnter(input: string, key: Key): boolean {
  return key.return || /^\n+$/.test(input);
}
