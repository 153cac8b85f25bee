/** What a terminal sends for the keys the trainer answers to. */
export const KEYS = {
  enter: '\r',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  tab: '\t',
} as const;

const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

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
