// Starts a room in this process for the end-to-end tests: the bundled scenarios named on the
// command line, data in the folder (or Postgres address) of RAPPORT_ROOM_DATA, on a free port of
// 127.0.0.1. Prints one JSON line, {"url", "key"}, once it listens; stops on SIGTERM.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '@rapport/engine';
import { openRoom } from '../src/index.js';

const where = process.env.RAPPORT_ROOM_DATA ?? '';
const scenarios = process.argv.slice(2).map((id) => {
  const file = fileURLToPath(new URL(`../../../scenarios/${id}.yaml`, import.meta.url));
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scenario;
});
const room = await openRoom({
  scenarios,
  ...(where.startsWith('postgres') ? { database: where } : { data: where }),
  host: '127.0.0.1',
  port: Number(process.env.RAPPORT_ROOM_PORT ?? 0),
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${JSON.stringify({ url: room.local, key: room.facilitatorKey })}\n`);
process.on('SIGTERM', () => {
  void room.close().then(() => process.exit(0));
});
