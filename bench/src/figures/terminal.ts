import { join } from 'node:path';
import { build } from 'esbuild';
import { type Figure, medianPair, ratioFigure } from '../measure.js';
import { out, rapportBin, root } from '../paths.js';
import { timeToFirstOutput } from '../run-process.js';

/**
 * The bare Ink app, bundled the way the rapport bin is: minified ESM for Node, split into an
 * entry file and the chunks it loads (for this app, only Ink's devtools are split off).
 */
async function buildBaseline(): Promise<string> {
  const outdir = join(out, 'ink-baseline');
  await build({
    entryPoints: { 'ink-baseline': join(root, 'bench/baseline/ink/app.tsx') },
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-devtools-core': join(root, 'bench/baseline/ink/no-devtools.js') },
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return join(outdir, 'ink-baseline.js');
}

export async function terminalFigures(): Promise<Figure[]> {
  const baseline = await buildBaseline();
  const {
    ours,
    baseline: bare,
    ratio,
  } = await medianPair(
    () => timeToFirstOutput(`node ${rapportBin} play rollout-resistance`),
    () => timeToFirstOutput(`node ${baseline}`),
    { runs: 21, warmup: 2, pauseMs: 300 },
  );
  return [
    ratioFigure(
      '`rapport play` cold start to its first frame',
      'ms',
      Math.round(ours),
      'a bare Ink app rendering one line, bundled the same way',
      Math.round(bare),
      { max: 1.25 },
      ratio,
    ),
  ];
}
