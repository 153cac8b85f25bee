// Bundles the rapport command into dist/rapport.js and the chunks it loads, dist/chunks/*.js, so
// that it starts fast: a few files to read instead of hundreds of modules, no TypeScript to
// compile on the way, and code split by command, so `rapport --version` parses next to nothing.
// dist/catalog/ holds the repository's scenarios as the engine loaded them, so `rapport play`
// does not parse and validate YAML for a file that has not changed since the build.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Where the chunks go, inside the output folder; the launcher and the bench run rapport.js. */
const CHUNKS = 'chunks';

/** The scenarios loaded at build time, one JSON file each (src/library/built-catalog.ts). */
const CATALOG = 'catalog';
const SCENARIOS = join(packageDir, '..', '..', 'scenarios');

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
 * Ink, wrap-ansi, widest-line, slice-ansi and cli-truncate measure text with string-width, which
 * segments any text outside ASCII into graphemes: scenario prose, with its typographic quotes and
 * dashes, always. src/text/string-width.ts answers the same for plain prose without segmenting,
 * and asks string-width for everything else; every import of string-width but its own goes there.
 */
const STRING_WIDTH = join(packageDir, 'src', 'text', 'string-width.ts');
const fastStringWidth = {
  name: 'fast-string-width',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === STRING_WIDTH ? undefined : { path: STRING_WIDTH },
    );
  },
};

/**
 * Ink turns every line of every frame into styled characters and back with ansi-tokenize, whose
 * styledCharsToString works out a diff of styles between every two characters;
 * src/text/ansi-tokenize.ts writes the same text and skips the diff where the style is unchanged,
 * and tokenizes a plain styled line character by character instead of grapheme by grapheme.
 */
const ANSI_TOKENIZE = join(packageDir, 'src', 'text', 'ansi-tokenize.ts');
const fastAnsiTokenize = {
  name: 'fast-ansi-tokenize',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@alcalzone\/ansi-tokenize$/ }, (args) =>
      args.importer === ANSI_TOKENIZE ? undefined : { path: ANSI_TOKENIZE },
    );
  },
};

/**
 * Ink lays out with yoga, whose WebAssembly is embedded in its loader as a base64 data: URL. The
 * loader fetches that URL when `fetch` exists, and on Node asking `typeof fetch` loads all of
 * undici (its HTTP parser is WebAssembly too) before the first frame, only to decode the same
 * base64 that the loader's other branch decodes in place. The build takes that branch: the same
 * bytes, without undici. That branch decodes with atob (a loop in JavaScript on Node 20) and
 * copies the result character by character; Buffer.from decodes the same base64 natively. A yoga
 * whose loader reads differently fails the build, to be looked at.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(pluginBuild) {
    pluginBuild.onLoad(
      { filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const asked = '"function"!=typeof fetch';
        const decoded =
          'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c';
        for (const expected of [asked, decoded]) {
          if (!source.includes(expected)) {
            throw new Error(`yoga-without-fetch: ${args.path} no longer reads ${expected}`);
          }
        }
        return {
          contents: source
            .replaceAll(asked, '!0')
            .replace(decoded, 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))'),
          loader: 'js',
        };
      },
    );
  },
};

/**
 * string-width, slice-ansi and ansi-tokenize each make an Intl.Segmenter when loaded: ICU's set-up,
 * 15 ms or more before the first frame, and ansi-tokenize segments every line of every frame.
 * src/text/graphemes.ts gives the same graphemes, splitting plain text by character and making a
 * real segmenter only for other text; the build puts it where these packages make theirs.
 */
const GRAPHEMES = join(packageDir, 'src', 'text', 'graphemes.ts');
const lazyGraphemes = {
  name: 'lazy-graphemes',
  setup(pluginBuild) {
    pluginBuild.onLoad(
      { filter: /[\\/](string-width|slice-ansi|@alcalzone[\\/]ansi-tokenize)[\\/].*\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('new Intl.Segmenter(')) return undefined;
        return {
          contents: `import { graphemeSegmenter as __rapportGraphemes } from ${JSON.stringify(GRAPHEMES)};\n${source.replaceAll('new Intl.Segmenter(', '__rapportGraphemes(')}`,
          loader: 'js',
          resolveDir: dirname(args.path),
        };
      },
    );
  },
};

/**
 * Ink asks of every text it measures or draws whether it holds an escape or a C1 control
 * character, walking it code point by code point where there is no escape: most of the screens'
 * text. One regular expression gives the same answer (no code point of a surrogate pair lies in
 * U+0080 to U+009F). A loop that reads differently fails the build, to be looked at.
 */
const INK_CONTROL_LOOP = `    for (const character of text) {
        if (isC1ControlCharacter(character)) {
            return true;
        }
    }
    return false;`;
const inkControlTest = {
  name: 'ink-control-test',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]ink[\\/]build[\\/]ansi-tokenizer\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(INK_CONTROL_LOOP)) {
        throw new Error(`ink-control-test: ${args.path} no longer reads as expected`);
      }
      return {
        contents: source.replace(INK_CONTROL_LOOP, '    return /[\\u0080-\\u009f]/.test(text);'),
        loader: 'js',
      };
    });
  },
};

/**
 * yaml's Node build reads process.env.LOG_TOKENS for every token it parses (an environment lookup
 * each time, about a tenth of the parse of a large scenario) and is CommonJS. Its other build,
 * the package's default export, is the same parser as an ES module without those lookups.
 */
const yamlModule = {
  name: 'yaml-module',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^yaml$/ }, async (args) => {
      const manifestPath = createRequire(join(args.resolveDir, 'index.js')).resolve(
        'yaml/package.json',
      );
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      return { path: join(dirname(manifestPath), manifest.exports['.'].default) };
    });
  },
};

/**
 * The play screens import from a narrower view of the engine: the compiler, scoring, moves,
 * problems and transcripts, without the loader (yaml), the analysis (the walk) or the checker.
 * esbuild splits code by file, and a file that re-exports everything (the engine's index) puts
 * everything in the chunk of whatever imports it, so through the index `rapport play` loaded
 * yaml and the walk with the session. A play file that needs the loader imports it by name from
 * the library (src/library), which keeps the full engine. Unknown names fail the build.
 */
const ENGINE_SRC = join(packageDir, '..', 'engine', 'src');
const PLAY_ENGINE = [
  'compile/index.ts',
  'score/index.ts',
  'moves.ts',
  'problem.ts',
  'compile/typed-replies.ts',
  'schema/constants.ts',
  'load/did-you-mean.ts',
  'load/limits.ts',
  // Own-words play: the coder itself (its weights load by dynamic import, in a chunk of their own).
  'coder/coder.ts',
  'coder/load.ts',
  'coder/match.ts',
  'coder/own-words.ts',
];
const playEngine = {
  name: 'play-engine',
  setup(pluginBuild) {
    const playDir = join(packageDir, 'src', 'play');
    pluginBuild.onResolve({ filter: /^@rapport\/engine$/ }, (args) =>
      args.importer.startsWith(playDir + '/')
        ? { path: 'play-engine', namespace: 'play-engine' }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'play-engine' }, () => ({
      contents: PLAY_ENGINE.map(
        (file) => `export * from ${JSON.stringify(join(ENGINE_SRC, file))};`,
      ).join('\n'),
      loader: 'js',
      resolveDir: ENGINE_SRC,
    }));
  },
};

/**
 * `rapport check` reads its cache (src/commands/check/check-cache.ts) and prints reports without
 * the engine: the files that do that import this view, and only check-files.ts, loaded when a file
 * is not in the cache, takes the whole engine. The library's file reader needs only the size cap.
 */
const CHECK_ENGINE = ['check/check-report-json.ts', 'problem.ts', 'load/limits.ts'];
const CHECK_LIGHT = [
  'src/commands/check/run-check.ts',
  'src/commands/check/check-cache.ts',
  'src/commands/check/collect-files.ts',
  'src/commands/check/probe-table.ts',
  'src/library/read-scenario-file.ts',
].map((file) => join(packageDir, file));
const checkEngine = {
  name: 'check-engine',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@rapport\/engine$/ }, (args) =>
      CHECK_LIGHT.includes(args.importer)
        ? { path: 'check-engine', namespace: 'check-engine' }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'check-engine' }, () => ({
      contents: CHECK_ENGINE.map(
        (file) => `export * from ${JSON.stringify(join(ENGINE_SRC, file))};`,
      ).join('\n'),
      loader: 'js',
      resolveDir: ENGINE_SRC,
    }));
  },
};

/**
 * The build's identity, for the check cache: the source defines an id of all zeros (unstamped), replaced
 * after bundling with a hash of every file the build wrote (as they are before the stamp), so
 * any change to the code, the engine or the coder's weights is a new build. Same length, so the
 * replacement moves no code.
 */
const UNSTAMPED_BUILD_ID = '0'.repeat(64);

function withBuildId(files) {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(file.path.slice(file.path.lastIndexOf('/') + 1));
    hash.update(file.contents);
  }
  const id = hash.digest('hex');
  return files.map((file) => {
    const text = Buffer.from(file.contents).toString('utf8');
    return text.includes(UNSTAMPED_BUILD_ID)
      ? { path: file.path, contents: text.replaceAll(UNSTAMPED_BUILD_ID, id) }
      : file;
  });
}

/** The options every bundle here shares: minified ESM for Node, from the engine's source. */
const shared = {
  absWorkingDir: packageDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  conditions: ['@rapport/source', 'module'],
  minify: true,
  legalComments: 'none',
  // Node 20 has RegExp's v flag; lowered to \`new RegExp(..., 'v')\`, string-width's
  // /^\p{RGI_Emoji}$/v costs some 40 ms at load, where the literal costs 3 ms when first used.
  supported: { 'regexp-set-notation': true },
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __rapportCreateRequire } from 'node:module'; const require = __rapportCreateRequire(import.meta.url);",
  },
  define: {
    'process.env.NODE_ENV': '"production"',
    'globalThis.__RAPPORT_BUILD_ID__': JSON.stringify(UNSTAMPED_BUILD_ID),
  },
  plugins: [
    noDevtools,
    yogaWithoutFetch,
    lazyGraphemes,
    inkControlTest,
    yamlModule,
    fastStringWidth,
    fastAnsiTokenize,
    playEngine,
    checkEngine,
  ],
  // The room's database drivers load WebAssembly and native add-ons from their own folders.
  external: ['@electric-sql/pglite', 'pg', 'qrcode'],
  logLevel: 'silent',
};

/**
 * Builds dist/rapport.js, dist/chunks/ and dist/catalog/ (or the same inside outdir, relative to
 * the package); errors are thrown, and nothing is printed on success.
 *
 * Each file is written aside and renamed into place, chunks and catalog first and rapport.js
 * last, so a command started meanwhile runs either the old build or the new one, never half of
 * one. Chunk names carry a hash of their content, so a new chunk never replaces one an old build
 * still uses; a catalog entry holds the text it was loaded from, so an old one is never misused.
 */
export async function buildRapport(outdir = 'dist') {
  const out = resolve(packageDir, outdir);
  const result = await build({
    ...shared,
    entryPoints: { rapport: 'src/cli.ts' },
    outdir: out,
    entryNames: '[name]',
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    splitting: true,
    write: false,
  });
  const entry = join(out, 'rapport.js');
  const files = withBuildId(result.outputFiles).sort(
    (a, b) => Number(a.path === entry) - Number(b.path === entry),
  );
  for (const file of files.slice(0, -1)) await writeAside(file.path, file.contents);
  await writeCatalog(out);
  for (const file of files.slice(-1)) await writeAside(file.path, file.contents);
  await pruneChunks(
    join(out, CHUNKS),
    new Set(files.map((file) => relative(join(out, CHUNKS), file.path))),
  );
}

/**
 * Loads every scenario in the repository's scenarios folder with the engine's loader (bundled
 * for the occasion, as the bin is) and writes dist/catalog/, leaving out nothing but entries for
 * files that are gone.
 */
async function writeCatalog(out) {
  const dir = join(out, CATALOG);
  const loader = join(out, `catalog-loader.${process.pid}.tmp.mjs`);
  try {
    await build({
      ...shared,
      stdin: {
        contents: "export { catalogEntries } from './src/library/catalog-entries.ts';",
        resolveDir: packageDir,
        loader: 'ts',
      },
      outfile: loader,
    });
    const { catalogEntries } = await import(pathToFileURL(loader).href);
    const entries = await catalogEntries(SCENARIOS);
    for (const [name, entry] of entries) {
      await writeAside(join(dir, name), JSON.stringify(entry));
    }
    for (const name of await readdir(dir).catch(() => [])) {
      if (!entries.has(name)) await rm(join(dir, name), { force: true });
    }
  } finally {
    await rm(loader, { force: true });
  }
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
