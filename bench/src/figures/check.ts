import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateScenarioYaml } from '../generate-scenario.js';
import { type Figure, medianPair } from '../measure.js';
import { out, rapportBin, root } from '../paths.js';
import { runProcess } from '../run-process.js';

const LARGE_NODES = 2000;

export async function checkFigures(): Promise<Figure[]> {
  mkdirSync(out, { recursive: true });
  const scenarios = join(root, 'scenarios');
  const large = join(out, `generated-${LARGE_NODES}.yaml`);
  writeFileSync(large, generateScenarioYaml({ nodes: LARGE_NODES }));

  const {
    ours: check,
    baseline: bare,
    ratio,
  } = await medianPair(
    async () => {
      const run = await runProcess('node', [rapportBin, 'check', scenarios]);
      if (run.code !== 0) throw new Error(`rapport check scenarios exited ${run.code}`);
      return run.ms;
    },
    async () => (await runProcess('node', ['-e', '0'])).ms,
    { runs: 9 },
  );

  const runs: { ms: number; rssKiB: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const run = await runProcess('node', [rapportBin, 'check', large], { rss: true });
    if (run.code === 1 || run.code === 2 || run.code === null) {
      throw new Error(`rapport check on the generated scenario exited ${run.code}`);
    }
    if (i > 0) runs.push({ ms: run.ms, rssKiB: run.rssKiB ?? Number.NaN });
  }
  runs.sort((a, b) => a.ms - b.ms);
  const middle = runs[Math.floor(runs.length / 2)] ?? { ms: Number.NaN, rssKiB: Number.NaN };
  const peakMb = Math.max(...runs.map((r) => r.rssKiB)) / 1024;

  return [
    {
      name: '`rapport check scenarios` wall time',
      value: Math.round(check),
      unit: 'ms',
      baseline: Math.round(bare),
      baselineName: '`node -e 0`',
      ratio,
      budget: 'report it; < 1 s',
      ok: check < 1000,
    },
    {
      name: `\`rapport check\` on a generated scenario (${LARGE_NODES} nodes, ${LARGE_NODES * 3} options): time`,
      value: Math.round(middle.ms),
      unit: 'ms',
      baseline: null,
      baselineName: null,
      ratio: null,
      budget: '< 2 s',
      ok: middle.ms < 2000,
    },
    {
      name: `\`rapport check\` on a generated scenario (${LARGE_NODES} nodes, ${LARGE_NODES * 3} options): peak memory`,
      value: Math.round(peakMb),
      unit: 'MB',
      baseline: null,
      baselineName: null,
      ratio: null,
      budget: '< 300 MB',
      ok: peakMb < 300,
    },
  ];
}
