/**
 * `pnpm bands`: over every path of each bundled scenario, the share of paths whose
 * reflection-to-question and complex-reflection bands are "good", by outcome. docs/scoring.md
 * shows its output; rerun it after changing a scenario.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bandsByOutcome } from '../src/analyze/bands-by-outcome.js';
import { loadScenario } from '../src/load/index.js';
import { OUTCOMES } from '../src/schema/index.js';

const dir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const share = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;

const rows: string[] = [
  '| scenario | outcome | paths | good R:Q | good %CR |',
  '| --- | --- | ---: | ---: | ---: |',
];
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()) {
  const loaded = loadScenario(readFileSync(dir + file, 'utf8'), `scenarios/${file}`);
  if (!loaded.ok) {
    console.error(`scenarios/${file} does not load: run rapport check on it`);
    process.exitCode = 1;
    continue;
  }
  const { scenario } = loaded;
  const { byOutcome, complete } = bandsByOutcome(scenario);
  const omitted = (figure: 'reflectionToQuestion' | 'complexReflections') =>
    scenario.omit.includes(figure);
  for (const outcome of OUTCOMES) {
    const bands = byOutcome[outcome];
    if (bands.paths === 0) continue;
    const rq = omitted('reflectionToQuestion')
      ? 'omitted'
      : share(bands.goodReflectionToQuestion, bands.paths);
    const cr = omitted('complexReflections')
      ? 'omitted'
      : share(bands.goodComplexReflections, bands.paths);
    const id = `${scenario.id}${complete ? '' : ' (partial)'}`;
    rows.push(`| ${id} | ${outcome} | ${bands.paths.toLocaleString('en')} | ${rq} | ${cr} |`);
  }
}
console.log(rows.join('\n'));
