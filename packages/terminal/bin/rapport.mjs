#!/usr/bin/env node
// The rapport command. It runs the bundled dist/rapport.js (which loads its chunks from
// dist/chunks/), rebuilding first when it is missing or older than any source file, so
// `pnpm rapport` always runs what is in the tree. The rebuild prints nothing on success: standard
// output belongs to the command (`check --json` is parsed).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(packageDir, 'dist', 'rapport.js');
const sources = [
  join(packageDir, 'src'),
  join(packageDir, '..', 'engine', 'src'),
  join(packageDir, '..', 'room', 'src'),
  join(packageDir, 'scripts', 'build.mjs'),
  join(packageDir, 'package.json'),
  join(packageDir, '..', 'engine', 'package.json'),
];

/** The newest modification time under path (a file, or a folder searched through). */
function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

const built = builtAt();
if (built < 0 || sources.some((source) => newest(source) > built)) {
  const { buildRapport } = await import('../scripts/build.mjs');
  // buildRapport writes each file aside and renames it into place, rapport.js last: two commands
  // started together never run a half-written build.
  try {
    await buildRapport();
  } catch (error) {
    process.stderr.write(
      `rapport: could not build ${bundle}:\n${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}

// `pnpm rapport` runs scripts from the repository root; INIT_CWD is where the user typed it, so
// relative paths (`rapport check my.yaml`, `rapport new demo`) mean what the user meant.
if (process.env.npm_lifecycle_event === 'rapport' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}

await import(pathToFileURL(bundle).href);
