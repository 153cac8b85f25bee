import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled, call, callOnce, offered } from './participant.js';
import { type RoomProcess, startRoomProcess, stopRoomProcess } from './room-process.js';

const SCENARIO = 'rollout-resistance';
const scenario = bundled(SCENARIO);

const backends = [
  { name: 'embedded (PGlite)', data: () => mkdtempSync(join(tmpdir(), 'rapport-room-crash-')) },
  ...(process.env.RAPPORT_TEST_DATABASE_URL
    ? [{ name: 'Postgres server', data: () => process.env.RAPPORT_TEST_DATABASE_URL as string }]
    : []),
];

describe.each(backends)('a room killed mid-session ($name)', (backend) => {
  const data = backend.data();
  const rooms: RoomProcess[] = [];
  afterAll(async () => {
    for (const room of rooms) await stopRoomProcess(room);
    if (!data.startsWith('postgres')) rmSync(data, { recursive: true, force: true });
  });

  it('keeps every acknowledged turn through kill -9 and a restart, and participants resume', async () => {
    const first = await startRoomProcess(data, [SCENARIO]);
    rooms.push(first);
    if (data.startsWith('postgres'))
      await call(first.url, 'DELETE', '/api/data', undefined, first.key);
    const players = await Promise.all(
      Array.from({ length: 8 }, async (_, n) => {
        const joined = await call(first.url, 'POST', '/api/join', { name: `Crash ${n}` });
        const token = String(joined.body.token);
        const id = `crash-${n}-${Date.now()}`;
        await call(
          first.url,
          'POST',
          '/api/attempts',
          { id, scenarioId: SCENARIO, seed: n, mode: 'coach' },
          token,
        );
        return { token, id, seed: n, acknowledged: [] as string[] };
      }),
    );
    // Everyone plays as fast as they can; the room is killed while turns are in flight.
    let killed = false;
    const playing = Promise.all(
      players.map(async (player) => {
        const choices: string[] = [];
        for (
          let options = offered(scenario, player.seed, choices);
          options && !killed;
          options = offered(scenario, player.seed, choices)
        ) {
          const option = options[0] as string;
          const reply = await callOnce(
            first.url,
            'POST',
            `/api/attempts/${player.id}/turns`,
            { turn: choices.length, option },
            player.token,
          ).catch(() => null);
          if (reply?.status !== 201) return;
          choices.push(option);
          player.acknowledged = [...choices];
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    killed = true;
    await stopRoomProcess(first, 'SIGKILL');
    await playing;
    const acknowledged = players.reduce((sum, p) => sum + p.acknowledged.length, 0);
    expect(acknowledged).toBeGreaterThan(0);

    const second = await startRoomProcess(data, [SCENARIO]);
    rooms.push(second);
    expect(second.key).toBe(first.key);
    for (const player of players) {
      const me = await call(second.url, 'GET', '/api/me', undefined, player.token);
      const attempt = (me.body.attempts as { id: string; choices: string[] }[]).find(
        (a) => a.id === player.id,
      );
      // Every acknowledged turn is there; a turn in flight at the kill may be there too.
      expect(attempt?.choices.slice(0, player.acknowledged.length)).toEqual(player.acknowledged);
      // The participant resumes from what the room has, to an ending.
      const choices = [...(attempt?.choices ?? [])];
      for (
        let options = offered(scenario, player.seed, choices);
        options;
        options = offered(scenario, player.seed, choices)
      ) {
        const option = options[0] as string;
        const reply = await call(
          second.url,
          'POST',
          `/api/attempts/${player.id}/turns`,
          { turn: choices.length, option },
          player.token,
        );
        expect(reply.status).toBe(201);
        choices.push(option);
      }
    }
    const live = await call(second.url, 'GET', '/api/live', undefined, second.key);
    const summary = (live.body.scenarios as { id: string; finished: number }[]).find(
      (s) => s.id === SCENARIO,
    );
    expect(summary?.finished).toBe(players.length);
    console.info(
      `room crash (${backend.name}): ${acknowledged} turns acknowledged before kill -9, all there after the restart`,
    );
  });
});
