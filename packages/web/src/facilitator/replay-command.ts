import type { Turn } from '@rapport/engine';

/**
 * The terminal command that replays the same conversation, choice for choice. It names the
 * options by id: shown numbers depend on the attempt's seed (the options' order), ids do not.
 */
export function replayCommand(file: string, turns: readonly Turn[]): string {
  const quoted = /^[\w./-]+$/.test(file) ? file : `'${file.replaceAll("'", "'\\''")}'`;
  return `pnpm rapport play ${quoted} --choices ${turns.map((turn) => turn.option).join(',')}`;
}
