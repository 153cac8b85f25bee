import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, PACKAGE_DIR, runCli } from '../../../test/run-cli.js';
import { checkEach } from './check-files.js';
import { checkAcrossThreads, shareOut } from './check-threads.js';

let temp: string;
beforeAll(async () => {
  process.chdir(PACKAGE_DIR);
  temp = await mkdtemp(join(tmpdir(), 'rapport-threads-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('shareOut', () => {
  it('deals the largest files first, each to the lightest share', () => {
    const files = [
      { file: 'a', bytes: 10 },
      { file: 'b', bytes: 40 },
      { file: 'c', bytes: 30 },
      { file: 'd', bytes: 20 },
      { file: 'e', bytes: 5 },
    ];
    expect(shareOut(files, 2)).toEqual([
      ['b', 'a', 'e'],
      ['c', 'd'],
    ]);
    expect(shareOut(files.slice(0, 1), 2)).toEqual([['a']]);
  });
});

describe('checkAcrossThreads', () => {
  const files = ['clean', 'syntax-error', 'trap', 'warnings-only'].map((name) =>
    fixture('check', `${name}.yaml`),
  );

  it('still reports on every file, in order, when a checking thread fails', async () => {
    const broken = join(temp, 'broken-thread.mjs');
    await writeFile(broken, "throw new Error('this thread cannot check anything');\n");
    const reports = await checkAcrossThreads(files, pathToFileURL(broken), checkEach, 2);
    expect(reports).toEqual(await checkEach(files));
  });
});

describe('the bundled bin', () => {
  it('checks a folder on every core and prints what one thread prints', async () => {
    // The bin starts checking threads; in-process (as here) everything is checked in one thread.
    const folder = fixture('check', '');
    const inProcess = await runCli('check', folder);
    const bin = await promisify(execFile)(process.execPath, ['bin/rapport.mjs', 'check', folder], {
      cwd: PACKAGE_DIR,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect({ code: 'code' in bin ? bin.code : 0, stdout: bin.stdout, stderr: bin.stderr }).toEqual({
      code: inProcess.code,
      stdout: `${inProcess.stdout}\n`,
      stderr: inProcess.stderr,
    });
    expect(inProcess.stdout).toMatch(/\d+ files checked: \d+ errors/);
  }, 120_000);
});
