import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Transcript } from '@rapport/engine';

/**
 * Writes the transcript as JSON through a temporary file in the same folder and a rename, so an
 * interrupted run leaves either the old file or the whole new one, never half of it.
 * Returns an error message for the user, or undefined when the file was written.
 */
export async function writeTranscript(
  file: string,
  transcript: Transcript,
): Promise<string | undefined> {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, `${JSON.stringify(transcript, null, 2)}\n`, 'utf8');
    await rename(temp, file);
    return undefined;
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    return `rapport play: cannot write the transcript to ${file}: ${reason}`;
  }
}
