import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/run.js';

/** The terminal package folder: tests run from it, so paths in the output read the same anywhere. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** A fixture's path relative to the package folder, as a user would type it. */
export function fixture(topic: string, name: string): string {
  return `test/fixtures/${topic}/${name}`;
}

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs `rapport <argv>` in-process with captured output. */
export async function runCli(...argv: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(argv, {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
