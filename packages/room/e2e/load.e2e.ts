import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSnapshot } from '../src/live-types.js';
import { bundled, call, offered, random } from './participant.js';
import { type RoomProcess, startRoomProcess, stopRoomProcess } from './room-process.js';

const PARTICIPANTS = 200;
const FLAGSHIPS = ['rollout-resistance', 'compliance-override'];
const scenarios = new Map(FLAGSHIPS.map((id) => [id, bundled(id)]));

describe("a room under a workshop's load", () => {
  let room: RoomProcess;
  let data: string;
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'rapport-room-load-'));
    room = await startRoomProcess(data, FLAGSHIPS);
  });
  afterAll(async () => {
    if (room) {
      const crashed = room.child.exitCode !== null;
      await stopRoomProcess(room);
      if (crashed) console.info(`the room process exited early: ${room.stderr().slice(-3000)}`);
    }
    rmSync(data, { recursive: true, force: true });
  });

  it(`stores every turn of ${PARTICIPANTS} participants once, and the live view keeps up`, async () => {
    // The facilitator watches the whole time.
    const controller = new AbortController();
    const stream = await fetch(new URL('/api/live/stream', room.url), {
      headers: { authorization: `Bearer ${room.key}` },
      signal: controller.signal,
    });
    let latest: LiveSnapshot | null = null;
    const reading = (async () => {
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += decoder.decode(value);
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (data) latest = JSON.parse(data);
        }
      }
    })();

    const sent = new Map<string, string[]>();
    const latencies: number[] = [];
    let retries = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, n) => {
        const next = random(n + 1);
        const scenarioId = FLAGSHIPS[n % FLAGSHIPS.length] as string;
        const scenario = scenarios.get(scenarioId);
        if (!scenario) throw new Error(scenarioId);
        const joined = await call(room.url, 'POST', '/api/join', { name: `P${n}` });
        expect(joined.status).toBe(201);
        const token = String(joined.body.token);
        const id = `load-${n}-attempt`;
        const seed = Math.floor(next() * 1_000_000);
        const start = await call(
          room.url,
          'POST',
          '/api/attempts',
          { id, scenarioId, seed, mode: 'assess' },
          token,
        );
        expect(start.status).toBe(201);
        const choices: string[] = [];
        for (
          let options = offered(scenario, seed, choices);
          options;
          options = offered(scenario, seed, choices)
        ) {
          const option = options[Math.floor(next() * options.length)] as string;
          const turn = { turn: choices.length, option };
          const t0 = performance.now();
          // One turn in ten is sent twice at once, as a trainer retrying after a timeout would.
          const twice = next() < 0.1;
          if (twice) retries += 1;
          const replies = await Promise.all(
            (twice ? [1, 2] : [1]).map(() =>
              call(room.url, 'POST', `/api/attempts/${id}/turns`, turn, token),
            ),
          );
          latencies.push(performance.now() - t0);
          expect(replies.map((r) => r.status).sort()).toEqual(twice ? [200, 201] : [201]);
          choices.push(option);
        }
        sent.set(id, choices);
      }),
    );
    const elapsed = performance.now() - started;
    const total = [...sent.values()].reduce((sum, choices) => sum + choices.length, 0);

    // None lost, none doubled: the stored choices are exactly what each participant played.
    const exported = await call(room.url, 'GET', '/api/export.json', undefined, room.key);
    const attempts = exported.body.attempts as {
      id: string;
      choices: string[];
      outcome: string | null;
    }[];
    expect(attempts).toHaveLength(PARTICIPANTS);
    for (const attempt of attempts) expect(attempt.choices).toEqual(sent.get(attempt.id));
    expect(attempts.every((attempt) => attempt.outcome !== null)).toBe(true);

    // The live view catches up within two seconds of the last turn.
    const caughtUp = performance.now();
    while (
      (latest as LiveSnapshot | null)?.turns !== total &&
      performance.now() - caughtUp < 2000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const lag = performance.now() - caughtUp;
    expect((latest as LiveSnapshot | null)?.turns).toBe(total);
    controller.abort();
    await reading;

    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? 0;
    console.info(
      `room load: ${PARTICIPANTS} participants, ${total} turns (${retries} sent twice) in ${(elapsed / 1000).toFixed(1)} s; ` +
        `p95 turn ${p95.toFixed(0)} ms; live view caught up ${lag.toFixed(0)} ms after the last turn`,
    );
  });
});
