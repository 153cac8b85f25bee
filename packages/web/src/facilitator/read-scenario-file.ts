import { DEFAULT_MAX_BYTES } from '@rapport/engine';

/**
 * The engine's own limit, checked before reading: a huge file dropped by mistake is never held
 * in memory.
 */
export const MAX_SCENARIO_BYTES = DEFAULT_MAX_BYTES;

export type ReadScenarioResult =
  | { readonly ok: true; readonly file: string; readonly text: string }
  | { readonly ok: false; readonly file: string; readonly message: string };

/** The size of a file for a person: "3.4 MB", "812 KB", "120 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Reads a picked or dropped file as text, refusing one too large to be a scenario. */
export async function readScenarioFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  maxBytes: number = MAX_SCENARIO_BYTES,
): Promise<ReadScenarioResult> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      file: file.name,
      message: `${file.name} is ${formatBytes(file.size)}; a scenario file can be at most ${formatBytes(maxBytes)}.`,
    };
  }
  try {
    return { ok: true, file: file.name, text: await file.text() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, file: file.name, message: `${file.name} could not be read: ${reason}` };
  }
}
