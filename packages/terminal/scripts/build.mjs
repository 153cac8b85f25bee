// Bundles the rapport command into one file, dist/rapport.js, so that it starts fast: one file to
// read instead of hundreds of modules, and no TypeScript to compile on the way.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

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
 * Builds dist/rapport.js (or outfile, relative to the package); errors are thrown, and nothing is
 * printed on success.
 */
export async function buildRapport(outfile = 'dist/rapport.js') {
  await build({
    absWorkingDir: packageDir,
    entryPoints: ['src/cli.ts'],
    outfile,
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
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildRapport();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
