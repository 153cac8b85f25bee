import { constants } from 'node:fs';
import { access, link, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Transcript } from '@rapport/engine';

/** What a failed write says, in words, without the temporary file's name. */
function reasonOf(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = folderOf(file);
  switch (code) {
    case 'ENOENT':
      return `the folder ${folder} does not exist`;
    case 'ENOTDIR':
      return `${folder} is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `the folder ${folder} is not writable`;
    case 'EROFS':
      return `the folder ${folder} is on a read-only file system`;
    case 'EISDIR':
      return `${file} is a folder`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    default:
      return code ?? (error instanceof Error ? error.name : String(error));
  }
}

/** The folder of a path as the user wrote it: "." reads "the current folder". */
function folderOf(file: string): string {
  const folder = dirname(file);
  return folder === '.' ? 'the current folder' : folder;
}

const cannot = (file: string, reason: string): string =>
  `rapport play: cannot save the transcript to ${file}: ${reason}`;

/**
 * Whether a transcript can be saved at `file`, checked before the conversation starts, so a typo
 * in the folder is found before the learner's work rather than after it. Returns the message for
 * the user, or undefined when the folder exists and is writable and the path is not a folder.
 */
export async function checkTranscriptPath(file: string): Promise<string | undefined> {
  const folder = dirname(file);
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) return cannot(file, `${folder} is not a folder`);
  } catch (error) {
    return cannot(file, reasonOf(error, file));
  }
  try {
    if ((await stat(file)).isDirectory()) {
      return cannot(file, `it is a folder; name a file in it, like ${join(file, 'attempt.json')}`);
    }
  } catch {
    // not there yet: it will be created
  }
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    return cannot(file, reasonOf(error, file));
  }
  return undefined;
}

/** The n-th name for a file: attempt.json, attempt-2.json, attempt-3.json. */
export function numberedPath(file: string, n: number): string {
  if (n <= 1) return file;
  const extension = extname(file);
  const stem = extension ? file.slice(0, -extension.length) : file;
  return `${stem}-${n}${extension}`;
}

export type SaveResult =
  | { readonly ok: true; readonly file: string }
  | {
      readonly ok: false;
      /** The whole message, naming the file. */
      readonly error: string;
      /** Why, in words: "the folder notes does not exist". */
      readonly reason: string;
    };

const failed = (file: string, reason: string): SaveResult => ({
  ok: false,
  error: cannot(file, reason),
  reason,
});

/**
 * A temporary file beside the target, so the rename or link stays on one file system. node:crypto
 * loads here, when an attempt is saved, not before the first frame (some milliseconds of Node's
 * own modules that the briefing does not need).
 */
async function tempBeside(file: string): Promise<string> {
  const { randomBytes } = await import('node:crypto');
  return join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

const json = (transcript: Transcript): string => `${JSON.stringify(transcript, null, 2)}\n`;

/**
 * Writes the transcript as JSON through a temporary file in the same folder and a rename, so an
 * interrupted run leaves either the old file or the whole new one, never half of it. This replaces
 * a file already there: a script that names its output gets that file.
 */
export async function writeTranscript(file: string, transcript: Transcript): Promise<SaveResult> {
  const temp = await tempBeside(file);
  try {
    await writeFile(temp, json(transcript), 'utf8');
    await rename(temp, file);
    return { ok: true, file };
  } catch (error) {
    await rm(temp, { force: true });
    return failed(file, reasonOf(error, file));
  }
}

/**
 * Saves an attempt without replacing any file: at `file` if it is free, else at the first free
 * numbered name beside it (attempt-2.json, attempt-3.json...). The whole file appears at once, by
 * a hard link from a temporary file, which fails rather than replace a file made meanwhile.
 */
export async function saveNewTranscript(file: string, transcript: Transcript): Promise<SaveResult> {
  const temp = await tempBeside(file);
  try {
    await writeFile(temp, json(transcript), 'utf8');
    for (let n = 1; n < 10_000; n++) {
      const candidate = numberedPath(file, n);
      try {
        await link(temp, candidate);
        return { ok: true, file: candidate };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
        // a file system without hard links: check, then rename
        if (await exists(candidate)) continue;
        await rename(temp, candidate);
        return { ok: true, file: candidate };
      }
    }
    return failed(file, 'every numbered name beside it is taken');
  } catch (error) {
    return failed(file, reasonOf(error, file));
  } finally {
    await rm(temp, { force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
