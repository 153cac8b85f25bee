import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CheckReport } from '@rapport/engine';

/**
 * `rapport check` keeps each file's report in a cache folder, so a facilitator's edit-check loop
 * analyses only the file that changed. An entry is used only when it was made by this very
 * build of rapport (the engine, the analysis and the coder's weights are all in the build) from
 * a file whose text is byte for byte the same; anything else is checked again and the entry
 * replaced. One entry per file checked (named after its path), so the folder does not grow with
 * edits. Reading or writing the cache never fails a check: a broken entry is a miss.
 */

/**
 * The build's identity: the bin's build (scripts/build.mjs) stamps the all-zero id it defines
 * here, replacing it with a hash of every file it wrote. Run from source there is none, and nothing is cached.
 */
const BUILD = (globalThis as { __RAPPORT_BUILD_ID__?: string }).__RAPPORT_BUILD_ID__;
const UNSTAMPED = /^0+$/;

/** Bumped when the entry's shape changes. */
const FORMAT = 1;

export type CheckCache = {
  /** The report the cache holds for this file and text, or undefined. */
  get(file: string, shown: string, text: string): Promise<CheckReport | undefined>;
  set(file: string, shown: string, text: string, report: CheckReport): Promise<void>;
};

type Entry = {
  readonly format: number;
  readonly build: string;
  readonly shown: string;
  readonly text: string;
  readonly report: CheckReport;
};

/** Where entries go: $RAPPORT_CACHE_DIR, else $XDG_CACHE_HOME/rapport/check, else ~/.cache/rapport/check. */
export function checkCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RAPPORT_CACHE_DIR) return resolve(env.RAPPORT_CACHE_DIR);
  return join(
    env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache'),
    'rapport',
    'check',
  );
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The cache for this build, or undefined when there is nothing to key it by (run from source,
 * or `build` given as undefined) or the user turned it off (`--no-cache`, RAPPORT_CACHE=off).
 */
export function checkCache(
  dir: string = checkCacheDir(),
  build: string | undefined = BUILD,
  env: NodeJS.ProcessEnv = process.env,
): CheckCache | undefined {
  if (!build || UNSTAMPED.test(build) || env.RAPPORT_CACHE === 'off') return undefined;
  const entryPath = (file: string) => join(dir, `${sha256(resolve(file))}.json`);
  return {
    async get(file, shown, text) {
      try {
        const entry = JSON.parse(await readFile(entryPath(file), 'utf8')) as Partial<Entry>;
        if (
          entry.format !== FORMAT ||
          entry.build !== build ||
          entry.shown !== shown ||
          entry.text !== sha256(text) ||
          typeof entry.report !== 'object' ||
          entry.report === null
        ) {
          return undefined;
        }
        return entry.report;
      } catch {
        return undefined;
      }
    },
    async set(file, shown, text, report) {
      const path = entryPath(file);
      const aside = `${path}.${process.pid}.tmp`;
      const entry: Entry = { format: FORMAT, build, shown, text: sha256(text), report };
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(aside, JSON.stringify(entry));
        await rename(aside, path);
      } catch {
        // A cache that cannot be written (read-only home, full disk) only costs the next run time.
        await rm(aside, { force: true }).catch(() => undefined);
      }
    },
  };
}
