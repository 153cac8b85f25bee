import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { analysisVerdict } from '../analysis-verdict.js';
import { generateScenarioYaml } from '../generate-scenario.js';
import { type Figure, medianPair } from '../measure.js';
import { out, rapportBin, root } from '../paths.js';
import { type ProcessRun, runProcess } from '../run-process.js';

const LARGE_NODES = 2000;
const HUGE_NODES = 20_000;

type Measured = {
  readonly ms: number;
  readonly peakMb: number;
  /** Exact, or else whether every undecided question was named; from the last run. */
  readonly exact: boolean;
  readonly named: boolean;
  readonly undecided: number;
};

/** A warm-up run, then `runs` timed ones: the median time, the peak memory, the verdict. */
async function measure(run: () => Promise<ProcessRun>, runs: number): Promise<Measured> {
  const timed: ProcessRun[] = [];
  for (let i = 0; i <= runs; i++) {
    const result = await run();
    if (result.code !== 0) throw new Error(`the analysis exited ${result.code}`);
    if (i > 0) timed.push(result);
  }
  timed.sort((a, b) => a.ms - b.ms);
  const middle = timed[Math.floor(timed.length / 2)] as ProcessRun;
  const report = JSON.parse(middle.stdout ?? '{}');
  const file = report.files?.[0] ?? report;
  const verdict = analysisVerdict(file);
  return {
    ms: middle.ms,
    peakMb: Math.max(...timed.map((r) => r.rssKiB ?? Number.NaN)) / 1024,
    exact: verdict.exact,
    named: verdict.said,
    undecided: verdict.undecided.length,
  };
}

const timeFigure = (name: string, ms: number, max: number, rule: string, ok: boolean): Figure => ({
  name,
  value: Math.round(ms),
  unit: 'ms',
  baseline: null,
  baselineName: null,
  ratio: null,
  budget: `< ${max / 1000} s, ${rule}`,
  ok: ms < max && ok,
});

const memoryFigure = (name: string, mb: number, max: number): Figure => ({
  name,
  value: Math.round(mb),
  unit: 'MB',
  baseline: null,
  baselineName: null,
  ratio: null,
  budget: max >= 1000 ? `< ${max / 1000} GB` : `< ${max} MB`,
  ok: mb < max,
});

export async function checkFigures(): Promise<Figure[]> {
  mkdirSync(out, { recursive: true });
  const scenarios = join(root, 'scenarios');
  // rapport check keeps each file's report in a cache (the command's own, keyed by the build and
  // the file's text). The bench uses a folder of its own, emptied first: the warm-up turn of the
  // six files fills it, so their figure is the edit-check loop with no file changed, and the same
  // command with --no-cache, every file analysed, is reported beside it.
  const cacheDir = join(out, 'check-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  process.env.RAPPORT_CACHE_DIR = cacheDir;
  const checkSix = (...flags: string[]) =>
    medianPair(
      async () => {
        const run = await runProcess('node', [rapportBin, 'check', scenarios, ...flags]);
        if (run.code !== 0) throw new Error(`rapport check scenarios exited ${run.code}`);
        return run.ms;
      },
      async () => (await runProcess('node', ['-e', '0'])).ms,
      { runs: 9 },
    );
  const { ours: check, baseline: bare, ratio } = await checkSix();
  const cold = await checkSix('--no-cache');

  // Two and three meters that conditions read: every (node, meters) state is walked, so the
  // figure times the analysis, not the parser. A partial answer fails the figure.
  const checkFile = async (meters: 2 | 3, runs: number) => {
    const file = join(out, `generated-${LARGE_NODES}-${meters}-meters.yaml`);
    writeFileSync(file, generateScenarioYaml({ nodes: LARGE_NODES, meters }));
    return measure(
      () =>
        runProcess('node', [rapportBin, 'check', file, '--json', '--no-cache'], {
          rss: true,
          stdout: true,
        }),
      runs,
    );
  };
  const two = await checkFile(2, 3);
  const three = await checkFile(3, 2);

  // 20,000 nodes is past what a scenario file may hold (2 MiB), so it is analysed from memory.
  const script = join(out, 'analyze-generated.mjs');
  await build({
    entryPoints: [join(root, 'bench/src/analyze-generated.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@rapport/source'],
    outfile: script,
    logLevel: 'silent',
    // Some dependencies require() Node built-ins, which an ES module bundle lacks.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const huge = await measure(
    () => runProcess('node', [script, String(HUGE_NODES), '1'], { rss: true, stdout: true }),
    2,
  );

  const large = (meters: number) =>
    `\`rapport check\` on a generated scenario (${LARGE_NODES} nodes, ${meters} meters read)`;
  const verdict = (m: Measured) =>
    m.exact
      ? 'exact'
      : `${m.undecided} undecided question(s), ${m.named ? 'each named' : 'NOT all named'}`;
  return [
    {
      name: '`rapport check scenarios` wall time, reports cached (no file changed since the last check)',
      value: Math.round(check),
      unit: 'ms',
      baseline: Math.round(bare),
      baselineName: '`node -e 0`',
      ratio,
      budget: 'ratio ≤ 4',
      ok: ratio <= 4,
    },
    {
      name: '`rapport check scenarios --no-cache` wall time: every file analysed',
      value: Math.round(cold.ours),
      unit: 'ms',
      baseline: Math.round(cold.baseline),
      baselineName: '`node -e 0`',
      ratio: cold.ratio,
      budget: 'none: reported',
      ok: true,
    },
    timeFigure(`${large(2)}: time, ${verdict(two)}`, two.ms, 3000, 'exact', two.exact),
    memoryFigure(`${large(2)}: peak memory`, two.peakMb, 600),
    timeFigure(
      `${large(3)}: time, ${verdict(three)}`,
      three.ms,
      10_000,
      'exact or each undecided question named',
      three.exact || three.named,
    ),
    timeFigure(
      `analysis of a generated scenario (${HUGE_NODES.toLocaleString('en')} nodes, from memory): time, ${verdict(huge)}`,
      huge.ms,
      10_000,
      'exact or each undecided question named',
      huge.exact || huge.named,
    ),
    memoryFigure(
      `analysis of a generated scenario (${HUGE_NODES.toLocaleString('en')} nodes, from memory): peak memory`,
      huge.peakMb,
      1500,
    ),
  ];
}
