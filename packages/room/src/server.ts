import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { MAX_SEED, type Scenario } from '@rapport/engine';
import * as z from 'zod';
import { toCsv, toExport } from './export.js';
import { bearer, HttpError, parseBody, readJson, sendJson, sendText } from './http.js';
import { sameSecret } from './keys.js';
import { LiveView } from './live.js';
import type { RoomMemory } from './memory.js';
import { type Mode, RoomScenarios } from './replay.js';
import type { Participant, RoomStore } from './store.js';

/** A display name: plain text, short, shown as text everywhere. */
const DisplayName = z
  .string()
  .trim()
  .min(1, 'a display name needs at least one character (or send null to stay anonymous)')
  .max(40, 'a display name is at most 40 characters')
  .refine((name) => !/[<>]/.test(name), 'a display name is plain text: no < or >')
  .refine(
    (name) => [...name].every((char) => (char.codePointAt(0) ?? 0) >= 0x20 && char !== '\u007f'),
    'a display name has no control characters',
  );

const JoinBody = z.strictObject({ name: DisplayName.nullable().optional() });
const StartBody = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an attempt id is 8 to 64 letters, digits, - or _'),
  scenarioId: z.string().min(1).max(200),
  seed: z.int().min(0).max(MAX_SEED),
  mode: z.enum(['coach', 'assess']),
});
const TurnBody = z.strictObject({
  turn: z.int().min(0).max(500),
  option: z.string().min(1).max(200),
});

export type RoomServerOptions = {
  readonly scenarios: readonly Scenario[];
  readonly store: RoomStore;
  /** The room's data as loaded at start (RoomMemory.load), kept in step with the store. */
  readonly memory: RoomMemory;
  readonly facilitatorKey: string;
  /** The built web trainer, served to participants; none for an API-only room (tests). */
  readonly webRoot?: string | undefined;
  /** Where refused requests and failures are logged, one line each. */
  readonly log?: (line: string) => void;
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** How often, at most, the live view is sent again while turns keep arriving. */
const LIVE_INTERVAL_MS = 250;

export type RoomServer = {
  readonly server: Server;
  /** Refreshes every live view now (after a change made outside a request, e.g. a delete). */
  readonly changed: () => void;
  readonly close: () => Promise<void>;
};

export function createRoomServer(options: RoomServerOptions): RoomServer {
  const scenarios = new RoomScenarios(options.scenarios);
  const live = new LiveView(scenarios);
  const { store, memory } = options;
  const log = options.log ?? (() => {});
  const streams = new Set<ServerResponse>();
  /** One turn at a time per attempt, so two copies of the same turn cannot race. */
  const queues = new Map<string, Promise<unknown>>();
  let pending: NodeJS.Timeout | null = null;

  const serial = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => {});
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return next;
  };

  const pushLive = async () => {
    pending = null;
    if (streams.size === 0) return;
    try {
      const data = JSON.stringify(live.snapshot(memory.everything()));
      for (const stream of streams) stream.write(`event: snapshot\ndata: ${data}\n\n`);
    } catch (error) {
      log(`live view: could not read the room's data: ${(error as Error).message}`);
    }
  };
  const changed = () => {
    if (streams.size > 0 && !pending) pending = setTimeout(pushLive, LIVE_INTERVAL_MS);
  };

  const facilitator = (request: IncomingMessage) => {
    const key = bearer(request);
    if (!key || !sameSecret(key, options.facilitatorKey)) {
      throw new HttpError(401, 'this needs the facilitator key (Authorization: Bearer <key>)');
    }
  };
  const participant = async (request: IncomingMessage): Promise<Participant> => {
    const token = bearer(request);
    const found = token ? memory.participantByToken(token) : null;
    if (!found) throw new HttpError(401, 'join the room first: this needs your participant token');
    return found;
  };
  const scenarioOf = (id: string): Scenario => {
    const scenario = scenarios.get(id);
    if (!scenario) throw new HttpError(404, `this room has no scenario "${id}"`);
    return scenario;
  };
  const ownAttempt = (id: string, who: Participant) => {
    const attempt = memory.attempt(id);
    if (!attempt) throw new HttpError(404, `no attempt "${id}" in this room`);
    if (attempt.participantId !== who.id) {
      throw new HttpError(403, `attempt "${id}" belongs to another participant`);
    }
    return attempt;
  };

  const routes = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const method = request.method ?? 'GET';
    if (method === 'GET' && path === '/api/room') {
      return sendJson(response, 200, {
        room: true,
        scenarios: options.scenarios.map(
          ({ id, title, summary, skills, minutes, difficulty, stakeholder }) => ({
            id,
            title,
            summary,
            skills,
            minutes,
            difficulty,
            stakeholder: { name: stakeholder.name, role: stakeholder.role },
          }),
        ),
      });
    }
    let match = /^\/api\/room\/scenarios\/([^/]+)$/.exec(path);
    if (method === 'GET' && match) {
      return sendJson(response, 200, scenarioOf(decodeURIComponent(match[1] as string)));
    }
    if (method === 'POST' && path === '/api/join') {
      const body = parseBody(JoinBody, await readJson(request));
      const { participant: joined, token } = await store.join(body.name ?? null);
      memory.joined(joined, token);
      changed();
      return sendJson(response, 201, { participant: joined, token });
    }
    if (method === 'GET' && path === '/api/me') {
      const who = await participant(request);
      return sendJson(response, 200, { participant: who, attempts: memory.attemptsOf(who.id) });
    }
    if (method === 'POST' && path === '/api/attempts') {
      const who = await participant(request);
      const body = parseBody(StartBody, await readJson(request));
      scenarioOf(body.scenarioId);
      const stored = await serial(body.id, async () => {
        const held = memory.attempt(body.id);
        if (held) return held;
        return memory.started(await store.startAttempt({ ...body, participantId: who.id }));
      });
      if (stored.participantId !== who.id) {
        throw new HttpError(409, `attempt id "${body.id}" is taken: start with a new id`);
      }
      if (stored.scenarioId !== body.scenarioId || stored.seed !== body.seed) {
        throw new HttpError(409, `attempt "${body.id}" was started with another scenario or seed`);
      }
      changed();
      const { choices: _, ...attempt } = stored;
      return sendJson(response, 201, { attempt });
    }
    match = /^\/api\/attempts\/([^/]+)\/turns$/.exec(path);
    if (method === 'POST' && match) {
      const id = decodeURIComponent(match[1] as string);
      const who = await participant(request);
      const body = parseBody(TurnBody, await readJson(request));
      return serial(id, async () => {
        const attempt = ownAttempt(id, who);
        const scenario = scenarioOf(attempt.scenarioId);
        const choices = [...attempt.choices];
        if (body.turn < choices.length) {
          if (choices[body.turn] !== body.option) {
            throw new HttpError(
              409,
              `turn ${body.turn + 1} is already stored with another option ("${choices[body.turn]}")`,
            );
          }
          return sendJson(response, 200, { stored: false, turns: choices.length });
        }
        if (body.turn > choices.length) {
          throw new HttpError(
            409,
            `turn ${body.turn + 1} arrived before turn ${choices.length + 1}: send the turns in order`,
          );
        }
        const mode = attempt.mode as Mode;
        const before =
          live.scored(attempt).view ?? scenarios.replay(scenario, attempt.seed, mode, choices).view;
        if (before.kind === 'ending') {
          throw new HttpError(409, `the conversation has already ended ("${before.ending.id}")`);
        }
        if (!before.options.some((option) => option.id === body.option)) {
          throw new HttpError(
            422,
            `option "${body.option}" is not offered at "${before.node}" on this path`,
          );
        }
        const replayed = scenarios.replay(scenario, attempt.seed, mode, [...choices, body.option]);
        const after = replayed.view;
        const ended =
          after.kind === 'ending'
            ? { ending: after.ending.id, outcome: after.ending.outcome }
            : null;
        // Acknowledged only once the database has it: a turn the room answers 201 is kept.
        await store.addTurn(id, body.turn, body.option, ended);
        memory.turned(id, body.option, ended);
        live.remember(id, choices.length + 1, replayed);
        changed();
        return sendJson(response, 201, {
          stored: true,
          turns: choices.length + 1,
          ended: ended !== null,
        });
      });
    }
    if (method === 'GET' && path === '/api/live') {
      facilitator(request);
      return sendJson(response, 200, live.snapshot(memory.everything()));
    }
    if (method === 'GET' && path === '/api/live/stream') {
      facilitator(request);
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const data = JSON.stringify(live.snapshot(memory.everything()));
      response.write(`event: snapshot\ndata: ${data}\n\n`);
      streams.add(response);
      const beat = setInterval(() => response.write(': still here\n\n'), 15_000);
      request.on('close', () => {
        clearInterval(beat);
        streams.delete(response);
      });
      return;
    }
    match = /^\/api\/attempts\/([^/]+)\/transcript$/.exec(path);
    if (method === 'GET' && match) {
      facilitator(request);
      const id = decodeURIComponent(match[1] as string);
      const attempt = memory.attempt(id);
      if (!attempt) throw new HttpError(404, `no attempt "${id}" in this room`);
      const scenario = scenarioOf(attempt.scenarioId);
      const { transcript } = scenarios.replay(
        scenario,
        attempt.seed,
        attempt.mode as Mode,
        attempt.choices,
      );
      // Projected to the room: the transcript carries no name.
      return sendJson(response, 200, { transcript });
    }
    if (method === 'GET' && (path === '/api/export.json' || path === '/api/export.csv')) {
      facilitator(request);
      const room = toExport(live, memory.everything());
      if (path.endsWith('.json')) return sendJson(response, 200, room);
      return sendText(response, 200, 'text/csv; charset=utf-8', toCsv(room), {
        'content-disposition': 'attachment; filename="rapport-room.csv"',
      });
    }
    if (method === 'DELETE' && path === '/api/data') {
      facilitator(request);
      await store.deleteAll();
      memory.clear();
      live.forget();
      changed();
      return sendJson(response, 200, { deleted: true });
    }
    if (path.startsWith('/api/')) throw new HttpError(404, `no such request: ${method} ${path}`);
    if (method !== 'GET' && method !== 'HEAD')
      throw new HttpError(405, `${method} is not served here`);
    return serveStatic(response, path);
  };

  const serveStatic = async (response: ServerResponse, path: string) => {
    if (!options.webRoot) throw new HttpError(404, 'this room serves no web trainer');
    const root = resolve(options.webRoot);
    const wanted = resolve(join(root, normalize(decodeURIComponent(path))));
    if (wanted !== root && !wanted.startsWith(root + sep)) throw new HttpError(404, 'not found');
    let file = wanted;
    const info = await stat(file).catch(() => null);
    // The trainer routes in the browser: any page that is not a file gets the app.
    if (!info?.isFile()) {
      if (extname(path) !== '') throw new HttpError(404, `no file ${path}`);
      file = join(root, 'index.html');
    }
    let body = await readFile(file);
    // The trainer learns that a room served it before it draws anything, with no extra request.
    if (file.endsWith('index.html')) {
      body = Buffer.from(
        body
          .toString('utf8')
          .replace('<head>', '<head>\n    <meta name="rapport-room" content="1" />'),
      );
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'x-content-type-options': 'nosniff',
      'cache-control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    response.end(body);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://room');
    routes(request, response, url.pathname).catch((error: unknown) => {
      if (error instanceof HttpError) {
        log(`refused ${request.method} ${url.pathname}: ${error.status} ${error.message}`);
        if (!response.headersSent) sendJson(response, error.status, { error: error.message });
        else response.end();
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      log(`failed ${request.method} ${url.pathname}: ${message}`);
      if (!response.headersSent) {
        sendJson(response, 503, {
          error: `the room could not store or read this just now (${message}); your trainer keeps it and tries again`,
        });
      } else response.end();
    });
  });

  // Phones keep a connection open between turns; closing an idle one while a request is on its
  // way drops that request, so idle connections are kept longer than a turn usually takes.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 70_000;
  // A slow or stalled client cannot hold a request open for ever.
  server.requestTimeout = 30_000;

  return {
    server,
    changed,
    close: () =>
      new Promise<void>((done) => {
        if (pending) clearTimeout(pending);
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
