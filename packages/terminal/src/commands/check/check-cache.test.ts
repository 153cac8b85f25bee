import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckReport } from '@rapport/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCache, checkCacheDir } from './check-cache.js';

const BUILD = 'a'.repeat(64);
const report: CheckReport = {
  file: 'demo.yaml',
  id: 'demo',
  errors: [],
  warnings: [
    {
      reason: 'analysis',
      severity: 'warning',
      file: 'demo.yaml',
      line: 3,
      column: 5,
      path: ['nodes', 'start'],
      message: 'node "start" is a trap',
    },
  ],
  stats: { nodes: 1, endings: 1, outcomes: ['breakthrough'] },
  analysis: null,
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-check-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the check cache', () => {
  it('gives back the report for the same file, text and build, and nothing after an edit', async () => {
    const cache = checkCache(dir, BUILD, {});
    expect(await cache?.get('demo.yaml', 'demo.yaml', 'text')).toBeUndefined();
    await cache?.set('demo.yaml', 'demo.yaml', 'text', report);
    expect(await cache?.get('demo.yaml', 'demo.yaml', 'text')).toEqual(report);
    expect(await cache?.get('demo.yaml', 'demo.yaml', 'text ')).toBeUndefined();
    expect(await cache?.get('other.yaml', 'other.yaml', 'text')).toBeUndefined();
  });

  it('does not serve a report made by another build, or shown under another path', async () => {
    await checkCache(dir, BUILD, {})?.set('demo.yaml', 'demo.yaml', 'text', report);
    expect(await checkCache(dir, 'b'.repeat(64), {})?.get('demo.yaml', 'demo.yaml', 'text')).toBe(
      undefined,
    );
    expect(await checkCache(dir, BUILD, {})?.get('demo.yaml', './demo.yaml', 'text')).toBe(
      undefined,
    );
  });

  it('keeps one entry per file, however often it is edited', async () => {
    const cache = checkCache(dir, BUILD, {});
    for (const text of ['one', 'two', 'three'])
      await cache?.set('demo.yaml', 'demo.yaml', text, report);
    expect(await readdir(dir)).toHaveLength(1);
    expect(await cache?.get('demo.yaml', 'demo.yaml', 'three')).toEqual(report);
  });

  it('reads a broken entry as a miss, and a folder it cannot write as no cache', async () => {
    const cache = checkCache(dir, BUILD, {});
    await cache?.set('demo.yaml', 'demo.yaml', 'text', report);
    const [entry] = await readdir(dir);
    await writeFile(join(dir, entry as string), '{"format":1,');
    expect(await cache?.get('demo.yaml', 'demo.yaml', 'text')).toBeUndefined();
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    const unwritable = checkCache(join(file, 'cache'), BUILD, {});
    await expect(
      unwritable?.set('demo.yaml', 'demo.yaml', 'text', report),
    ).resolves.toBeUndefined();
    expect(await unwritable?.get('demo.yaml', 'demo.yaml', 'text')).toBeUndefined();
  });

  it('is off run from source (no build id), unstamped (all zeros), or with RAPPORT_CACHE=off', () => {
    expect(checkCache(dir, undefined, {})).toBeUndefined();
    expect(checkCache(dir, '0'.repeat(64), {})).toBeUndefined();
    expect(checkCache(dir, BUILD, { RAPPORT_CACHE: 'off' })).toBeUndefined();
  });

  it('lives in RAPPORT_CACHE_DIR, else under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(checkCacheDir({ RAPPORT_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c');
    expect(checkCacheDir({ XDG_CACHE_HOME: '/tmp/x' })).toBe('/tmp/x/rapport/check');
    expect(checkCacheDir({})).toMatch(/\.cache\/rapport\/check$/);
  });
});
