import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario } from '@rapport/engine';
import { openRoom, type Room } from '../src/index.js';

const scenariosDir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

/** A bundled scenario, loaded as `rapport room` loads it. */
export function bundled(id: string): Scenario {
  const result = loadScenario(readFileSync(join(scenariosDir, `${id}.yaml`), 'utf8'), `${id}.yaml`);
  if (!result.ok) throw new Error(`${id} does not load`);
  return result.scenario;
}

/** The choices of a scenario's golden transcript of one kind. */
export function golden(scenario: Scenario, kind: string): string[] {
  const test = scenario.tests.find((t) => t.kind === kind);
  if (!test) throw new Error(`${scenario.id} has no ${kind} test`);
  return [...test.choices];
}

/**
 * Where the room's tests keep their data: an embedded database in a fresh folder, and, when
 * RAPPORT_TEST_DATABASE_URL names one (CI starts a server), a real Postgres server.
 */
export type Backend = {
  readonly name: string;
  readonly options: () => { data?: string; database?: string };
};

export const BACKENDS: Backend[] = [
  {
    name: 'embedded (PGlite)',
    options: () => ({ data: mkdtempSync(join(tmpdir(), 'rapport-room-')) }),
  },
  ...(process.env.RAPPORT_TEST_DATABASE_URL
    ? [
        {
          name: 'Postgres server',
          options: () => ({ database: process.env.RAPPORT_TEST_DATABASE_URL as string }),
        },
      ]
    : []),
];

export type Api = <T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  init?: { raw?: string; type?: string },
) => Promise<{ status: number; body: T }>;

export function apiFor(room: Room): Api {
  return async (method, path, body, token, init = {}) => {
    const headers: Record<string, string> = {};
    if (body !== undefined || init.raw !== undefined)
      headers['content-type'] = init.type ?? 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(new URL(path, room.local), {
      method,
      headers,
      body: init.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: response.status, body: parsed as never };
  };
}

export async function startTestRoom(
  backend: Backend,
  scenarios: Scenario[],
  extra: { data?: string } = {},
): Promise<{ room: Room; api: Api; logged: string[]; data: string | undefined }> {
  const logged: string[] = [];
  const options = { ...backend.options(), ...extra };
  const room = await openRoom({
    scenarios,
    host: '127.0.0.1',
    port: 0,
    log: (line) => logged.push(line),
    ...options,
  });
  const api = apiFor(room);
  // A server's database outlives the test run: start each room empty, as a facilitator would.
  if (options.database) await api('DELETE', '/api/data', undefined, room.facilitatorKey);
  return { room, api, logged, data: options.data };
}

export function removeData(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
