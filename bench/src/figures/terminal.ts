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

/** The play screen that takes the first choice, past the briefing's pages. */
const READY = { until: /Enter choose/, answer: /Enter (next|start)/ };

export async function terminalFigures(): Promise<Figure[]> {
  const baseline = await buildBaseline();
  const play = `node ${rapportBin} play rollout-resistance`;
  const bareApp = `node ${baseline}`;
  const pair = (ours: () => Promise<number>, env?: NodeJS.ProcessEnv) =>
    medianPair(ours, () => timeToFirstOutput(bareApp, 10_000, env ? { env } : {}), {
      runs: 21,
      warmup: 2,
      pauseMs: 300,
    });
  const first = await pair(() => timeToFirstOutput(play));
  const ready = await pair(() => timeToFirstOutput(play, 10_000, READY));
  const figures = [
    ratioFigure(
      '`rapport play` cold start to its first frame',
      'ms',
      Math.round(first.ours),
      'a bare Ink app that draws a box, bundled the same way',
      Math.round(first.baseline),
      { max: 1.1 },
      first.ratio,
    ),
    ratioFigure(
      '`rapport play` cold start to the screen that takes the first choice (Enter through the briefing)',
      'ms',
      Math.round(ready.ours),
      "the bare Ink app's first frame",
      Math.round(ready.baseline),
      { max: 1.25 },
      ready.ratio,
    ),
  ];
  if (process.env.NODE_EXTRA_CA_CERTS) {
    // The extra certificates cost every Node start the same; without them the fixed cost is
    // smaller, so the ratio is harder to meet. Both sides run without them.
    const { NODE_EXTRA_CA_CERTS: _unset, ...env } = process.env;
    const bare = await pair(() => timeToFirstOutput(play, 10_000, { env }), env);
    figures.push(
      ratioFigure(
        '`rapport play` cold start to its first frame, NODE_EXTRA_CA_CERTS unset',
        'ms',
        Math.round(bare.ours),
        'the bare Ink app, NODE_EXTRA_CA_CERTS unset',
        Math.round(bare.baseline),
        { max: 1.1 },
        bare.ratio,
      ),
    );
  }
  return figures;
}
