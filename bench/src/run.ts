import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFigures } from './figures/check.js';
import { engineFigures } from './figures/engine.js';
import { terminalFigures } from './figures/terminal.js';
import { webFigures } from './figures/web.js';
import type { Figure } from './measure.js';
import { out, root } from './paths.js';
import { RSS_REPORTER, rssReporterSource } from './run-process.js';
import { formatTable } from './table.js';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  process.stdout.write(`pnpm bench [--json]

Measures Rapport's speed and size, each figure beside a baseline built and run on this machine,
and prints a table (or, with --json, {"figures":[...]}). Exits 1 when a budget is missed.
Timings are medians of several runs after a warm-up. Needs Chromium at /usr/bin/chromium
(exits 2 at once without it).
`);
  process.exit(0);
}
// Checked first: the web figures come last, and a missing browser found there would throw away
// minutes of measurements already taken.
if (!existsSync('/usr/bin/chromium')) {
  process.stderr.write(
    'bench: Chromium is not at /usr/bin/chromium, and the web figures need it (on Debian: apt-get install -y chromium)\n',
  );
  process.exit(2);
}

const log = (message: string) => {
  if (!values.json) process.stderr.write(`bench: ${message}\n`);
};

mkdirSync(out, { recursive: true });
writeFileSync(RSS_REPORTER, rssReporterSource);

log('building the rapport bin');
execFileSync('node', [join(root, 'packages/terminal/scripts/build.mjs')], { stdio: 'ignore' });

// The web figures come last: Vite and Chromium leave this process large, and a large process
// is slower to fork, which would add to every command timed after it. The table keeps its order.
log('engine: events through the machine, and scoring');
const engine = await engineFigures();
log('terminal: cold start of rapport play and of a bare Ink app');
const terminal = await terminalFigures();
log(
  'rapport check: the scenarios, generated scenarios of 2,000 nodes (two and three meters), 20,000 nodes',
);
const check = await checkFigures();
log('web: building the trainer and the bare React page, timing both in Chromium');
const web = await webFigures();
const figures: Figure[] = [...web, ...terminal, ...check, ...engine];

const environment = {
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS
    ? 'set (both sides of every ratio)'
    : 'not set',
};

if (values.json) {
  process.stdout.write(
    `${JSON.stringify(
      {
        environment,
        figures: figures.map(({ name, value, unit, baseline, ratio, budget, ok }) => ({
          name,
          value,
          unit,
          baseline,
          ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
          budget,
          ok,
        })),
      },
      null,
      2,
    )}\n`,
  );
} else {
  process.stdout.write(formatTable(figures, environment));
}
process.exit(figures.every((figure) => figure.ok) ? 0 : 1);
