import { spawnSync } from 'node:child_process';

/** A detached tmux session of a given size, driven as a person at the keyboard would. */
export type TmuxSession = {
  readonly name: string;
  /** tmux key names, like "Enter", "Right", "C-c", or plain text like "1". */
  readonly send: (...keys: readonly string[]) => void;
  /** What the terminal shows now, without colour. */
  readonly screen: () => string;
  /** Polls the screen until it shows text; fails with the screen after timeoutMs. */
  readonly waitFor: (text: string, timeoutMs?: number) => Promise<string>;
  readonly kill: () => void;
};

/**
 * The tmux server these tests talk to: its own socket (RAPPORT_TMUX_SOCKET, or "rapport-e2e"), so
 * a run never touches, or clashes with, anyone else's tmux sessions.
 */
const SOCKET = process.env.RAPPORT_TMUX_SOCKET || 'rapport-e2e';

function tmux(...args: readonly string[]): string {
  const result = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout;
}

export function startTmux(
  name: string,
  command: string,
  options: { cwd: string; columns: number; rows: number },
): TmuxSession {
  tmux(
    'new-session',
    '-d',
    '-s',
    name,
    '-x',
    String(options.columns),
    '-y',
    String(options.rows),
    '-c',
    options.cwd,
    command,
  );
  const screen = () => tmux('capture-pane', '-p', '-t', name);
  return {
    name,
    send: (...keys) => {
      tmux('send-keys', '-t', name, ...keys);
    },
    screen,
    waitFor: async (text, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      let shown = screen();
      while (!shown.includes(text)) {
        if (Date.now() > deadline) {
          throw new Error(`waited ${timeoutMs} ms for "${text}"; the terminal shows:\n${shown}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        shown = screen();
      }
      return shown;
    },
    kill: () => {
      spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', name]);
    },
  };
}
