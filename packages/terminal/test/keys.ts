/** What a terminal sends for the keys the trainer answers to. */
export const KEYS = {
  enter: '\r',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  tab: '\t',
} as const;

/**
 * Lets Ink render after a key: a moment, then the work React queued meanwhile. On a busy machine
 * the timer can come due before React's queued render and effects have run, and a screen listens
 * for keys only once its effects have run.
 */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 40));
  for (let round = 0; round < 20; round++) await new Promise((resolve) => setImmediate(resolve));
}

/** Types keys one at a time, letting Ink render after each, as a person would. */
export async function press(
  stdin: { write(data: string): void },
  ...keys: readonly string[]
): Promise<void> {
  await settle();
  for (const key of keys) {
    stdin.write(key);
    await settle();
  }
}
