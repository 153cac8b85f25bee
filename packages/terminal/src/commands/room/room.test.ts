import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openEmbedded, RoomStore } from '@rapport/room';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, PACKAGE_DIR, runCli } from '../../../test/run-cli.js';

const dirs: string[] = [];
beforeAll(() => {
  process.chdir(PACKAGE_DIR);
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('rapport room', () => {
  it('refuses to start with a broken scenario, naming file, line and column', async () => {
    const result = await runCli('room', fixture('check', 'misspelled-node-id.yaml'), '--port', '0');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/misspelled-node-id\.yaml:\d+:\d+: error: /);
    expect(result.stderr).toContain(
      'rapport room: not started: 1 scenario refused; fix it and start again',
    );
    expect(result.stdout).toBe('');
  });

  it('refuses a scenario it cannot find, with a suggestion', async () => {
    const result = await runCli('room', 'rollout-resistence', '--port', '0');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('did you mean "rollout-resistance"');
  });

  it('says what is wrong with its options', async () => {
    const port = await runCli('room', '--port', 'eighty');
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port takes a whole number from 0 to 65535, not "eighty"');
    const both = await runCli('room', '--data', 'x', '--database', 'postgres://h/db');
    expect(both.stderr).toContain('give --data or --database, not both');
    const url = await runCli('room', '--database', 'mysql://h/db');
    expect(url.stderr).toContain('--database takes a Postgres address');
  });

  it('deletes the room data with one command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-room-cli-'));
    dirs.push(dir);
    const db = await openEmbedded(dir);
    await migrate(db);
    const store = new RoomStore(db);
    await store.join('Ada');
    await store.join(null);
    await db.close();
    const result = await runCli('room', '--delete-data', '--data', dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Deleted 2 participants, 0 attempts and 0 turns from ${dir}.`);
    const again = await openEmbedded(dir);
    expect(await new RoomStore(again).counts()).toEqual({ participants: 0, attempts: 0, turns: 0 });
    await again.close();
  }, 60_000);

  it('says so when the Postgres server cannot be reached', async () => {
    const result = await runCli(
      'room',
      '--delete-data',
      '--database',
      'postgres://nobody:secret@127.0.0.1:1/none',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^rapport room: cannot reach the Postgres server at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: /,
    );
    expect(result.stderr).not.toContain('secret');
  });
});
