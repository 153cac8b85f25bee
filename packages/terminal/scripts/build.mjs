// Bundles the rapport command into dist/rapport.js and the chunks it loads, dist/chunks/*.js, so
// that it starts fast: a few files to read instead of hundreds of modules, no TypeScript to
// compile on the way, and code split by command, so `rapport play` never parses the checker and
// `rapport --version` parses next to nothing.
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Where the chunks go, inside the output folder; the launcher and the bench run rapport.js. */
const CHUNKS = 'chunks';

/**
 * A chunk no build has written for this long is pruned: a `rapport play` started before a
 * rebuild still loads its own chunks (the debrief's, minutes later), so old ones are kept a while.
 */
const KEEP_OLD_CHUNKS_MS = 24 * 60 * 60 * 1000;

/** Ink imports react-devtools-core only when DEV=true; the bin never runs that way. */
const noDevtools = {
  name: 'no-react-devtools',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: 'react-devtools-core',
      namespace: 'empty-module',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({
      contents: 'export default {};',
      loader: 'js',
    }));
  },
};

/**
 * Builds dist/rapport.js and dist/chunks/ (or the same inside outdir, relative to the package);
 * errors are thrown, and nothing is printed on success.
 *
 * Each file is written aside and renamed into place, chunks first and rapport.js last, so a
 * command started meanwhile runs either the old build or the new one, never half of one. Chunk
 * names carry a hash of their content, so a new chunk never replaces one an old build still uses.
 */
export async function buildRapport(outdir = 'dist') {
  const out = resolve(packageDir, outdir);
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: { rapport: 'src/cli.ts' },
    outdir: out,
    entryNames: '[name]',
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    splitting: true,
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    conditions: ['@rapport/source'],
    minify: true,
    legalComments: 'none',
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __rapportCreateRequire } from 'node:module'; const require = __rapportCreateRequire(import.meta.url);",
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noDevtools],
    logLevel: 'silent',
  });
  const entry = join(out, 'rapport.js');
  const files = [...result.outputFiles].sort(
    (a, b) => Number(a.path === entry) - Number(b.path === entry),
  );
  for (const file of files) await writeAside(file.path, file.contents);
  await pruneChunks(
    join(out, CHUNKS),
    new Set(files.map((file) => relative(join(out, CHUNKS), file.path))),
  );
}

async function writeAside(path, contents) {
  const aside = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(aside, contents);
    await rename(aside, path);
  } catch (error) {
    await rm(aside, { force: true });
    throw error;
  }
}

async function pruneChunks(dir, current) {
  const now = Date.now();
  for (const name of await readdir(dir)) {
    if (current.has(name)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > KEEP_OLD_CHUNKS_MS) await rm(path, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildRapport();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
