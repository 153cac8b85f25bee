import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// tsx's loader in the room's own process: the tsx command runs the script in a child of its own,
// which a kill -9 of the command (the crash test) would leave running after the tests.
const tsxLoader = new URL('../../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href;
const serve = fileURLToPath(new URL('./serve.ts', import.meta.url));

export type RoomProcess = {
  readonly url: string;
  readonly key: string;
  readonly child: ChildProcess;
  readonly stderr: () => string;
};

/** Runs a room in a child process and waits until it listens. */
export function startRoomProcess(
  data: string,
  scenarios: readonly string[],
  port = 0,
): Promise<RoomProcess> {
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, '--conditions=@rapport/source', serve, ...scenarios],
    {
      env: { ...process.env, RAPPORT_ROOM_DATA: data, RAPPORT_ROOM_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        const { url, key } = JSON.parse(line) as { url: string; key: string };
        resolve({ url, key, child, stderr: () => err });
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`the room exited (${code}) before listening: ${err}`)),
    );
  });
}

export function stopRoomProcess(
  room: RoomProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  return new Promise((resolve) => {
    if (room.child.exitCode !== null || room.child.signalCode !== null) return resolve();
    room.child.once('exit', () => resolve());
    room.child.kill(signal);
  });
}
