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
