import { describe, expect, test } from 'vitest';
import { formatBytes, readScenarioFile } from './read-scenario-file';

function fileOf(name: string, size: number, text: () => Promise<string>) {
  return { name, size, text };
}

describe('readScenarioFile', () => {
  test('reads a file within the cap as text', async () => {
    const result = await readScenarioFile(fileOf('a.yaml', 9, async () => 'id: a-b\n'));
    expect(result).toEqual({ ok: true, file: 'a.yaml', text: 'id: a-b\n' });
  });

  test('refuses a huge file without reading it', async () => {
    let read = false;
    const huge = fileOf('huge.yaml', 5 * 1024 * 1024, async () => {
      read = true;
      return '';
    });
    expect(await readScenarioFile(huge)).toMatchInlineSnapshot(`
      {
        "file": "huge.yaml",
        "message": "huge.yaml is 5.0 MB; a scenario file can be at most 2.0 MB.",
        "ok": false,
      }
    `);
    expect(read).toBe(false);
  });

  test('says why a file could not be read', async () => {
    const broken = fileOf('gone.yaml', 10, async () => {
      throw new Error('the file was moved');
    });
    expect(await readScenarioFile(broken)).toMatchInlineSnapshot(`
      {
        "file": "gone.yaml",
        "message": "gone.yaml could not be read: the file was moved",
        "ok": false,
      }
    `);
  });
});

test('formatBytes reads as people write sizes', () => {
  expect([120, 4096, 3 * 1024 * 1024 + 400_000].map(formatBytes)).toEqual([
    '120 bytes',
    '4 KB',
    '3.4 MB',
  ]);
});
