import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkScenario, formatProblem, loadScenario, type Scenario } from '@rapport/engine';
import type { ParsedArgs } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from '../../cli/io.js';
import { UsageError } from '../../cli/usage-error.js';
import {
  displayPath,
  findScenarioFiles,
  readScenarioFile,
  repositoryRoot,
  resolveScenario,
  scenariosDir,
} from '../../library/index.js';

const DEFAULT_PORT = 4180;
const DEFAULT_DATA = 'rapport-room';

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65_535) {
    throw new UsageError(`--port takes a whole number from 0 to 65535, not "${text}"`);
  }
  return Number(text);
}

/** Where the room's data goes, in words, for the messages. */
function storage(args: ParsedArgs): { data?: string; database?: string } {
  if (args.values.database !== undefined && args.values.data !== undefined) {
    throw new UsageError('give --data or --database, not both');
  }
  if (args.values.database !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(args.values.database)) {
      throw new UsageError('--database takes a Postgres address: postgres://user:password@host/db');
    }
    return { database: args.values.database };
  }
  return { data: resolve(args.values.data ?? DEFAULT_DATA) };
}

/** The room's scenarios, each checked in full; null (after printing the problems) when any fails. */
async function checkedScenarios(targets: readonly string[], io: Io): Promise<Scenario[] | null> {
  const files: string[] = [];
  let refused = 0;
  if (targets.length === 0) files.push(...(await findScenarioFiles(scenariosDir())));
  for (const target of targets) {
    const found = await resolveScenario(target);
    if (found.ok) files.push(found.file);
    else {
      refused += 1;
      for (const problem of found.problems) io.err(formatProblem(problem));
    }
  }
  const scenarios: Scenario[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const shown = displayPath(file);
    const read = await readScenarioFile(file);
    if ('problem' in read) {
      refused += 1;
      io.err(formatProblem(read.problem));
      continue;
    }
    const report = checkScenario(read.text, shown);
    const loaded = loadScenario(read.text, shown);
    if (report.errors.length > 0 || !loaded.ok) {
      refused += 1;
      for (const problem of report.errors) io.err(formatProblem(problem));
      continue;
    }
    const other = ids.get(loaded.scenario.id);
    if (other) {
      refused += 1;
      io.err(`${shown}: error: the id "${loaded.scenario.id}" is already used by ${other}`);
      continue;
    }
    ids.set(loaded.scenario.id, shown);
    if (report.warnings.length > 0) {
      io.err(`${shown}: ${report.warnings.length} warning(s); "rapport check ${shown}" shows them`);
    }
    scenarios.push(loaded.scenario);
  }
  if (refused > 0) {
    io.err(
      `rapport room: not started: ${refused} scenario${refused === 1 ? '' : 's'} refused; fix ${refused === 1 ? 'it' : 'them'} and start again`,
    );
    return null;
  }
  if (scenarios.length === 0) {
    io.err('rapport room: not started: no scenario to play');
    return null;
  }
  return scenarios;
}

function newest(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** The built web trainer, built first when it is missing or older than its sources. */
async function webTrainer(io: Io): Promise<string> {
  const root = repositoryRoot();
  if (!root) throw new Error('cannot find the repository, which holds the web trainer');
  const web = join(root, 'packages', 'web');
  const dist = join(web, 'dist');
  const built = newest(join(dist, 'index.html'));
  const sources = Math.max(
    newest(join(web, 'src')),
    newest(join(web, 'index.html')),
    newest(join(root, 'packages', 'engine', 'src')),
    newest(join(root, 'scenarios')),
  );
  if (built > 0 && built >= sources) return dist;
  io.err('rapport room: building the web trainer (once, about half a minute)...');
  const vite = join(web, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite))
    throw new Error(`the web trainer's build tool is missing (${vite}): run pnpm install`);
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'error'], {
      cwd: web,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`the web build failed (exit ${code})`)),
    );
  });
  return dist;
}

export async function runRoom(args: ParsedArgs, io: Io): Promise<number> {
  const port = parsePort(args.values.port);
  const host = args.values.host ?? '0.0.0.0';
  const where = storage(args);
  const { DatabaseError, openRoom, openEmbedded, openServer, migrate, RoomStore } = await import(
    '@rapport/room'
  );
  if (args.flags['delete-data']) {
    if (args.positionals.length > 0) throw new UsageError('--delete-data takes no scenario');
    try {
      const db = where.database
        ? await openServer(where.database)
        : await openEmbedded(where.data as string);
      try {
        await migrate(db);
        const store = new RoomStore(db);
        const before = await store.counts();
        await store.deleteAll();
        io.out(
          `Deleted ${before.participants} participants, ${before.attempts} attempts and ${before.turns} turns from ${db.where}.`,
        );
      } finally {
        await db.close();
      }
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      io.err(`rapport room: ${error.message}`);
      return EXIT_FAILURE;
    }
  }

  const scenarios = await checkedScenarios(args.positionals, io);
  if (!scenarios) return EXIT_FAILURE;
  let webRoot: string;
  try {
    webRoot = await webTrainer(io);
  } catch (error) {
    io.err(`rapport room: not started: ${(error as Error).message}`);
    return EXIT_FAILURE;
  }
  let room: Awaited<ReturnType<typeof openRoom>>;
  try {
    room = await openRoom({
      scenarios,
      ...where,
      port,
      host,
      webRoot,
      log: (line) => io.err(`room: ${line}`),
    });
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    io.err(`rapport room: not started: ${error.message}`);
    return EXIT_FAILURE;
  }
  const join = room.network[0] ?? room.local;
  const { default: qrcode } = await import('qrcode');
  const qr = await qrcode.toString(join, { type: 'utf8', margin: 2 });
  io.out(
    `Rapport room: ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} (${scenarios.map((s) => s.id).join(', ')})`,
  );
  io.out(
    room.network.length > 0
      ? `Listening on the local network: anyone on this network can open the room. --host 127.0.0.1 keeps it on this machine.`
      : `Listening on ${host} only.`,
  );
  io.out('');
  io.out(`Join: ${join}`);
  for (const other of room.network.slice(1)) io.out(`  or: ${other}`);
  for (const line of qr.trimEnd().split('\n')) io.out(line);
  io.out('');
  io.out(`Facilitator view: ${room.local}#/room/live?key=${room.facilitatorKey}`);
  io.out(`Facilitator key:  ${room.facilitatorKey}  (keep it to yourself)`);
  io.out(`Data: ${room.where}${where.data ? ' (embedded database)' : ''}`);
  io.out('Press Ctrl+C to stop the room; its data stays until "rapport room --delete-data".');
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.err('rapport room: stopping; every stored turn is kept.');
  await room.close();
  return EXIT_OK;
}
