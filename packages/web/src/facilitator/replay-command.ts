import type { Turn } from '@rapport/engine';

/** The option numbers `rapport play --choices` takes: each choice's place among those offered. */
export function choiceNumbers(turns: readonly Turn[]): readonly number[] {
  return turns.map((turn) => turn.available.indexOf(turn.option) + 1);
}

/** The terminal command that replays the same conversation, choice for choice. */
export function replayCommand(file: string, turns: readonly Turn[]): string {
  const quoted = /^[\w./-]+$/.test(file) ? file : `'${file.replaceAll("'", "'\\''")}'`;
  return `pnpm rapport play ${quoted} --choices ${choiceNumbers(turns).join(',')}`;
}
