import { execFile } from 'node:child_process';
import { utimes } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../test/run-cli.js';

const run = promisify(execFile);

it('runs the bundled bin, rebuilding a stale bundle without a word on stdout', async () => {
  // An mtime of 1970 makes every source file newer, so the launcher must rebuild first.
  await utimes(`${PACKAGE_DIR}/dist/rapport.js`, 0, 0).catch(() => undefined);
  const { npm_lifecycle_event: _event, ...env } = process.env;
  const result = await run(process.execPath, ['bin/rapport.mjs', '--version'], {
    cwd: PACKAGE_DIR,
    env,
  });
  expect(result).toEqual({ stdout: 'rapport 0.1.0\n', stderr: '' });
}, 120_000);

it('checks again a file edited since the cached report, and serves the same report otherwise', async () => {
  const { mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'rapport-bin-cache-'));
  try {
    const file = join(dir, 'demo.yaml');
    const source = await readFile(`${PACKAGE_DIR}/../../scenarios/rollout-resistance.yaml`, 'utf8');
    await writeFile(file, source);
    const { npm_lifecycle_event: _event, ...base } = process.env;
    const env = { ...base, RAPPORT_CACHE_DIR: join(dir, 'cache') };
    // An error report exits 1; its stdout is the report all the same.
    const check = (...flags: string[]) =>
      run(process.execPath, ['bin/rapport.mjs', 'check', file, '--json', ...flags], {
        cwd: PACKAGE_DIR,
        env,
      }).then(
        (done) => done.stdout,
        (failed: { stdout: string }) => failed.stdout,
      );
    const fresh = await check('--no-cache');
    expect(await check()).toBe(fresh);
    expect(await check()).toBe(fresh);
    // One option's move made unknown: the cached report is no longer this file's.
    await writeFile(file, source.replace(/move: affirm/, 'move: confront'));
    const edited = await check('--no-cache');
    expect(edited).not.toBe(fresh);
    expect(await check()).toBe(edited);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
