import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playChoices } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { playFixture } from '../../test/load-play-fixture.js';
import {
  checkTranscriptPath,
  numberedPath,
  saveNewTranscript,
  writeTranscript,
} from './write-transcript.js';

const scenario = await playFixture('two-roads');
const { transcript } = playChoices(scenario, ['ask', 'hold'], { seed: 1 });
const folder = () => mkdtemp(join(tmpdir(), 'rapport-transcript-'));

describe('checkTranscriptPath', () => {
  it('accepts a new file in a writable folder, and a file already there', async () => {
    const dir = await folder();
    expect(await checkTranscriptPath(join(dir, 'attempt.json'))).toBeUndefined();
    await writeFile(join(dir, 'attempt.json'), '{}');
    expect(await checkTranscriptPath(join(dir, 'attempt.json'))).toBeUndefined();
  });

  it('names the missing folder', async () => {
    const dir = await folder();
    const file = join(dir, 'notes', 'attempt.json');
    expect((await checkTranscriptPath(file))?.replaceAll(dir, '<tmp>')).toMatchInlineSnapshot(
      `"rapport play: cannot save the transcript to <tmp>/notes/attempt.json: the folder <tmp>/notes does not exist"`,
    );
  });

  it('names a file where the folder should be, and a folder where the file should be', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'notes'), '');
    await mkdir(join(dir, 'attempt.json'));
    expect(
      (await checkTranscriptPath(join(dir, 'notes', 'attempt.json')))?.replaceAll(dir, '<tmp>'),
    ).toMatchInlineSnapshot(
      `"rapport play: cannot save the transcript to <tmp>/notes/attempt.json: <tmp>/notes is not a folder"`,
    );
    expect(
      (await checkTranscriptPath(join(dir, 'attempt.json')))?.replaceAll(dir, '<tmp>'),
    ).toMatchInlineSnapshot(
      `"rapport play: cannot save the transcript to <tmp>/attempt.json: it is a folder; name a file in it, like <tmp>/attempt.json/attempt.json"`,
    );
  });

  // root may write anywhere, so the folder's permissions say nothing to root
  it.skipIf(process.getuid?.() === 0)('names a folder that is not writable', async () => {
    const dir = await folder();
    await chmod(dir, 0o500);
    expect(await checkTranscriptPath(join(dir, 'attempt.json'))).toContain('is not writable');
    await chmod(dir, 0o700);
  });
});

describe('saving transcripts', () => {
  it('numbers names before the extension', () => {
    expect([1, 2, 3].map((n) => numberedPath('notes/attempt.json', n))).toEqual([
      'notes/attempt.json',
      'notes/attempt-2.json',
      'notes/attempt-3.json',
    ]);
    expect(numberedPath('attempt', 2)).toBe('attempt-2');
  });

  it('saves each attempt under a new name, never replacing one, and leaves no temporary file', async () => {
    const dir = await folder();
    const file = join(dir, 'attempt.json');
    await writeFile(file, 'yesterday\n');
    const first = await saveNewTranscript(file, transcript);
    const second = await saveNewTranscript(file, transcript);
    expect([first, second]).toEqual([
      { ok: true, file: join(dir, 'attempt-2.json') },
      { ok: true, file: join(dir, 'attempt-3.json') },
    ]);
    expect(await readFile(file, 'utf8')).toBe('yesterday\n');
    expect(JSON.parse(await readFile(join(dir, 'attempt-3.json'), 'utf8'))).toEqual(transcript);
    expect((await readdir(dir)).sort()).toEqual([
      'attempt-2.json',
      'attempt-3.json',
      'attempt.json',
    ]);
  });

  it('says why a save failed without the temporary file name', async () => {
    const dir = await folder();
    const file = join(dir, 'gone', 'attempt.json');
    const saved = await saveNewTranscript(file, transcript);
    const written = await writeTranscript(file, transcript);
    for (const outcome of [saved, written]) {
      if (outcome.ok) throw new Error('saved into a folder that does not exist');
      expect(outcome.error).not.toContain('.tmp');
      expect(outcome.reason.replace(dir, '<tmp>')).toBe('the folder <tmp>/gone does not exist');
    }
  });
});
