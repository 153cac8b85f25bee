import { startNode } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, BACKENDS, bundled, golden, removeData, startTestRoom } from '../test/harness.js';
import type { Room } from './index.js';
import type { LiveSnapshot } from './live-types.js';

const rollout = bundled('rollout-resistance');
const outage = bundled('outage-briefing');

describe.each(BACKENDS)('the room on $name', (backend) => {
  let room: Room;
  let api: Api;
  let logged: string[];
  let data: string | undefined;

  beforeAll(async () => {
    ({ room, api, logged, data } = await startTestRoom(backend, [rollout, outage]));
  }, 60_000);
  afterAll(async () => {
    await room?.close();
    removeData(data);
  });

  const join = async (name: string | null = 'Ada') => {
    const joined = await api<{ token: string; participant: { id: string } }>('POST', '/api/join', {
      name,
    });
    expect(joined.status).toBe(201);
    return joined.body;
  };
  let attempts = 0;
  const start = async (token: string, scenarioId = rollout.id, seed = 7) => {
    attempts += 1;
    const id = `attempt-${attempts}-${Date.now()}`;
    const started = await api(
      'POST',
      '/api/attempts',
      { id, scenarioId, seed, mode: 'coach' },
      token,
    );
    expect(started.status).toBe(201);
    return id;
  };
  const play = async (token: string, id: string, choices: readonly string[]) => {
    for (const [turn, option] of choices.entries()) {
      const sent = await api('POST', `/api/attempts/${id}/turns`, { turn, option }, token);
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    }
  };

  it('lists its scenarios and hands each one to the trainer', async () => {
    const listed = await api<{ scenarios: { id: string }[] }>('GET', '/api/room');
    expect(listed.body.scenarios.map((s) => s.id)).toEqual([rollout.id, outage.id]);
    const one = await api<{ id: string; nodes: object }>('GET', `/api/room/scenarios/${outage.id}`);
    expect(one.body.id).toBe(outage.id);
    expect((await api('GET', '/api/room/scenarios/nope')).status).toBe(404);
  });

  it('stores each turn once, replays the choices and records the ending it reached', async () => {
    const { token } = await join();
    // The largest seed a trainer can draw: it does not fit a 32-bit integer column.
    const id = await start(token, rollout.id, 4_294_967_295);
    const best = golden(rollout, 'best');
    await play(token, id, best);
    // A retry after a timeout: the same turn again is accepted and not stored twice.
    const again = await api(
      'POST',
      `/api/attempts/${id}/turns`,
      { turn: 0, option: best[0] },
      token,
    );
    expect(again).toEqual({ status: 200, body: { stored: false, turns: best.length } });
    const me = await api<{ attempts: { choices: string[]; outcome: string }[] }>(
      'GET',
      '/api/me',
      undefined,
      token,
    );
    expect(me.body.attempts).toHaveLength(1);
    expect(me.body.attempts[0]?.choices).toEqual(best);
    expect(me.body.attempts[0]?.outcome).toBe('breakthrough');
    expect(me.body.attempts[0]).toMatchObject({ seed: 4_294_967_295 });
  });

  it('refuses a turn the scenario does not offer, out of order, changed, or after the end', async () => {
    const { token } = await join('Grace');
    const id = await start(token);
    const best = golden(rollout, 'best');
    const offTheMenu = await api(
      'POST',
      `/api/attempts/${id}/turns`,
      { turn: 0, option: 'win-now' },
      token,
    );
    expect(offTheMenu.status).toBe(422);
    expect(offTheMenu.body).toEqual({
      error: `option "win-now" is not offered at "${startNode(rollout)}" on this path`,
    });
    const skipped = await api(
      'POST',
      `/api/attempts/${id}/turns`,
      { turn: 2, option: best[2] },
      token,
    );
    expect(skipped).toEqual({
      status: 409,
      body: { error: 'turn 3 arrived before turn 1: send the turns in order' },
    });
    await play(token, id, best);
    const changed = await api(
      'POST',
      `/api/attempts/${id}/turns`,
      { turn: 0, option: best[1] },
      token,
    );
    expect(changed.status).toBe(409);
    const after = await api(
      'POST',
      `/api/attempts/${id}/turns`,
      { turn: best.length, option: best[0] },
      token,
    );
    expect(after.status).toBe(409);
    expect(String((after.body as { error: string }).error)).toMatch(/already ended/);
  });

  it('refuses bad bodies with a 4xx and a reason, and logs them', async () => {
    const { token } = await join(null);
    const id = await start(token);
    const turns = `/api/attempts/${id}/turns`;
    const cases = await Promise.all([
      api('POST', turns, undefined, token, { raw: '{"turn": 0, "option":' }),
      api('POST', turns, { turn: 0, option: 'x', extra: 1 }, token),
      api('POST', turns, { turn: 0, option: golden(rollout, 'best')[0], score: 100 }, token),
      api('POST', turns, undefined, token, {
        raw: JSON.stringify({ turn: 0, option: 'x'.repeat(10_000_000) }),
      }),
      api('POST', turns, undefined, token, {
        raw: 'turn=0',
        type: 'application/x-www-form-urlencoded',
      }),
      api('POST', '/api/join', { name: '<img src=x onerror=alert(1)>' }),
      api('POST', '/api/join', { name: 'x'.repeat(41) }),
    ]);
    expect(
      cases.map((c) => [c.status, (c.body as { error: string }).error]),
    ).toMatchInlineSnapshot(`
      [
        [
          400,
          "the body is not valid JSON: Unexpected end of JSON input",
        ],
        [
          400,
          "unknown field "extra"",
        ],
        [
          400,
          ""score" is not accepted: the room works out endings and scores itself from the choices",
        ],
        [
          413,
          "the body is 10000022 bytes; the room takes at most 16384",
        ],
        [
          415,
          "send the body as JSON (Content-Type: application/json)",
        ],
        [
          400,
          ""name": a display name is plain text: no < or >",
        ],
        [
          400,
          ""name": a display name is at most 40 characters",
        ],
      ]
    `);
    expect(logged.filter((line) => line.startsWith('refused')).length).toBeGreaterThanOrEqual(7);
    const me = await api<{ attempts: { choices: string[] }[] }>('GET', '/api/me', undefined, token);
    expect(me.body.attempts[0]?.choices).toEqual([]);
  });

  it('lets a participant reach only their own attempts, and only the facilitator the room', async () => {
    const ada = await join('Ada');
    const bob = await join('Bob');
    const id = await start(ada.token);
    const first = golden(rollout, 'best')[0];
    const theirs = await api(
      'POST',
      `/api/attempts/${id}/turns`,
      { turn: 0, option: first },
      bob.token,
    );
    expect(theirs.status).toBe(403);
    expect(
      (await api('POST', `/api/attempts/${id}/turns`, { turn: 0, option: first })).status,
    ).toBe(401);
    expect((await api('GET', '/api/me', undefined, 'not-a-token')).status).toBe(401);
    for (const path of [
      '/api/live',
      '/api/live/stream',
      '/api/export.json',
      '/api/export.csv',
      `/api/attempts/${id}/transcript`,
    ]) {
      expect((await api('GET', path)).status, path).toBe(401);
      expect((await api('GET', path, undefined, ada.token)).status, path).toBe(401);
    }
    expect((await api('DELETE', '/api/data', undefined, ada.token)).status).toBe(401);
    expect(room.facilitatorKey.length).toBeGreaterThanOrEqual(40);
  });

  it('shows the facilitator the room, recomputed from the choices, and exports it', async () => {
    const key = room.facilitatorKey;
    const { token } = await join('=HYPERLINK("x")');
    const id = await start(token, outage.id, 3);
    const best = golden(outage, 'best');
    await play(token, id, best);
    const live = await api<LiveSnapshot>('GET', '/api/live', undefined, key);
    expect(live.status).toBe(200);
    const scenario = live.body.scenarios.find((s) => s.id === outage.id);
    expect(scenario?.finished).toBeGreaterThanOrEqual(1);
    expect(scenario?.outcomes.breakthrough).toBeGreaterThanOrEqual(1);
    expect(scenario?.choices[startNode(outage)]?.[best[0] as string]).toBeGreaterThanOrEqual(1);
    expect(scenario?.figures.listeningRatio.count).toBeGreaterThanOrEqual(1);
    const who = live.body.participants.find((p) => p.name === '=HYPERLINK("x")');
    expect(who?.attempts[0]).toMatchObject({ id, turns: best.length, outcome: 'breakthrough' });

    const projected = await api<{ transcript: { turns: unknown[]; ending: { outcome: string } } }>(
      'GET',
      `/api/attempts/${id}/transcript`,
      undefined,
      key,
    );
    expect(projected.body.transcript.turns).toHaveLength(best.length);
    expect(JSON.stringify(projected.body)).not.toContain('HYPERLINK');

    const json = await api<{ attempts: { id: string; outcome: string }[] }>(
      'GET',
      '/api/export.json',
      undefined,
      key,
    );
    expect(json.body.attempts.find((a) => a.id === id)?.outcome).toBe('breakthrough');
    const csv = await api<string>('GET', '/api/export.csv', undefined, key);
    const row = csv.body.split('\r\n').find((line) => line.includes(id)) ?? '';
    // A name that looks like a formula is made inert for spreadsheets.
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain('breakthrough');
  });

  it('streams the live view as turns arrive', async () => {
    const controller = new AbortController();
    const response = await fetch(new URL('/api/live/stream', room.local), {
      headers: { authorization: `Bearer ${room.facilitatorKey}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const snapshots: LiveSnapshot[] = [];
    let buffer = '';
    const readUntil = async (done: () => boolean) => {
      while (!done()) {
        const { value } = await reader.read();
        buffer += decoder.decode(value);
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (data) snapshots.push(JSON.parse(data));
        }
      }
    };
    await readUntil(() => snapshots.length >= 1);
    const before = snapshots[0]?.turns ?? 0;
    const { token } = await join('Streamer');
    const id = await start(token);
    await play(token, id, golden(rollout, 'best').slice(0, 2));
    await readUntil(() => (snapshots.at(-1)?.turns ?? 0) >= before + 2);
    expect(snapshots.at(-1)?.participants.some((p) => p.name === 'Streamer')).toBe(true);
    controller.abort();
  });
});

describe('the room after a restart', () => {
  it('keeps every stored turn and the facilitator key', async () => {
    const backend = BACKENDS[0];
    if (!backend) throw new Error('no backend');
    const first = await startTestRoom(backend, [rollout]);
    const joined = await first.api<{ token: string }>('POST', '/api/join', { name: 'Kim' });
    const token = joined.body.token;
    const id = 'restart-attempt-1';
    await first.api(
      'POST',
      '/api/attempts',
      { id, scenarioId: rollout.id, seed: 1, mode: 'assess' },
      token,
    );
    const best = golden(rollout, 'best');
    for (const [turn, option] of best.slice(0, 3).entries()) {
      await first.api('POST', `/api/attempts/${id}/turns`, { turn, option }, token);
    }
    const key = first.room.facilitatorKey;
    await first.room.close();
    const second = await startTestRoom(backend, [rollout], { data: first.data as string });
    try {
      expect(second.room.facilitatorKey).toBe(key);
      const me = await second.api<{ attempts: { choices: string[] }[] }>(
        'GET',
        '/api/me',
        undefined,
        token,
      );
      expect(me.body.attempts[0]?.choices).toEqual(best.slice(0, 3));
      const next = await second.api(
        'POST',
        `/api/attempts/${id}/turns`,
        { turn: 3, option: best[3] },
        token,
      );
      expect(next.status).toBe(201);
    } finally {
      await second.room.close();
      removeData(first.data);
    }
  }, 60_000);
});

describe('the room when its database fails mid-session', () => {
  it('answers 503 with the reason, stores nothing, and takes the same turn once it is back', async () => {
    const backend = BACKENDS[0];
    if (!backend) throw new Error('no backend');
    const { room, api, logged, data } = await startTestRoom(backend, [rollout]);
    try {
      const joined = await api<{ token: string }>('POST', '/api/join', { name: 'Lin' });
      const token = joined.body.token;
      await api(
        'POST',
        '/api/attempts',
        { id: 'db-fails-1', scenarioId: rollout.id, seed: 2, mode: 'coach' },
        token,
      );
      const first = golden(rollout, 'best')[0];
      const store = room.store as unknown as { addTurn: (...args: unknown[]) => Promise<boolean> };
      const addTurn = store.addTurn.bind(store);
      store.addTurn = () =>
        Promise.reject(new Error('could not extend file: No space left on device'));
      const refused = await api(
        'POST',
        '/api/attempts/db-fails-1/turns',
        { turn: 0, option: first },
        token,
      );
      expect(refused.status).toBe(503);
      expect((refused.body as { error: string }).error).toBe(
        'the room could not store or read this just now (could not extend file: No space left on device); your trainer keeps it and tries again',
      );
      expect(logged.some((line) => line.includes('No space left on device'))).toBe(true);
      const me = await api<{ attempts: { choices: string[] }[] }>(
        'GET',
        '/api/me',
        undefined,
        token,
      );
      expect(me.body.attempts[0]?.choices).toEqual([]);
      store.addTurn = addTurn;
      const retried = await api(
        'POST',
        '/api/attempts/db-fails-1/turns',
        { turn: 0, option: first },
        token,
      );
      expect(retried.status).toBe(201);
    } finally {
      await room.close();
      removeData(data);
    }
  }, 60_000);
});
