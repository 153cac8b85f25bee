import { readFile, stat } from 'node:fs/promises';
import type { ScenarioProblem } from '@rapport/engine';
import { displayPath } from './display-path.js';

/**
 * The text of a scenario file, or the problem that stops it being read. The size is checked with
 * stat before reading, so a huge file is refused at once instead of being pulled into memory.
 */
export async function readScenarioFile(
  file: string,
): Promise<{ text: string } | { problem: ScenarioProblem }> {
  const shown = displayPath(file);
  // The loader's own cap, checked here on the file's size so that a huge file is never read. The
  // engine is imported here, not at the top, so a scenario from the build's catalog needs none.
  const { DEFAULT_MAX_BYTES: MAX_SCENARIO_BYTES } = await import('@rapport/engine');
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { problem: fileProblem('io', shown, 'is a folder, not a file') };
    if (info.size > MAX_SCENARIO_BYTES) {
      return {
        problem: fileProblem(
          'limit',
          shown,
          `is ${formatBytes(info.size)}, over the ${formatBytes(MAX_SCENARIO_BYTES)} limit for a scenario file`,
        ),
      };
    }
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    return { problem: fileProblem('io', shown, ioMessage(error)) };
  }
}

function fileProblem(reason: 'io' | 'limit', file: string, what: string): ScenarioProblem {
  return {
    reason,
    severity: 'error',
    file,
    line: 0,
    column: 0,
    path: [],
    message: `the file ${what}`,
  };
}

function ioMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
