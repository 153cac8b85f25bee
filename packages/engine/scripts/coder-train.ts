/**
 * `pnpm coder:train`: trains the move coder on AnnoMI's therapist utterances, the team's IT
 * utterances (training split only: the held-out moments stay unseen for coder:eval) and the
 * scenarios' coded options, then writes the shipped weights. The weights are hashed-feature
 * numbers: no sentence of any of the training data is in them.
 * Options: --json FILE also writes the weights as JSON (for `rapport code --weights FILE`).
 * Needs AnnoMI (docs/coder.md says how to get it); RAPPORT_ANNOMI names its folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHIPPED_WEIGHTS_PATH } from '../src/coder/load.js';
import { encodeWeights } from '../src/coder/weights.js';
import { annomiFolder, loadAnnomi } from './coder/annomi.js';
import {
  configFromEnv,
  loadItUtterances,
  loadScenarioOptions,
  REPO_ROOT,
  trainCoder,
} from './coder/pipeline.js';

const started = Date.now();
const annomi = loadAnnomi(annomiFolder(REPO_ROOT));
const it = loadItUtterances().filter((u) => u.split === 'train');
const options = loadScenarioOptions();
const config = configFromEnv();
const weights = trainCoder({ annomi, it: [...it, ...options] }, config);
const trainedOn = `AnnoMI (${annomi.length} therapist utterances), ${it.length} IT utterances, ${options.length} scenario options`;
const file = encodeWeights(
  Object.entries(weights.heads).map(([name, head]) => ({ name, ...head })),
  weights.fusion,
  trainedOn,
  config.quantise,
);
const json = JSON.stringify(file);
const module = [
  '// Written by `pnpm coder:train` (packages/engine/scripts/coder-train.ts): do not edit.',
  '// Hashed-feature weights of the move coder; they hold no text of the data they were trained on.',
  "import type { CoderWeightsFile } from './weights.js';",
  '',
  `export const SHIPPED_WEIGHTS: CoderWeightsFile = ${json};`,
  '',
].join('\n');
const target = join(REPO_ROOT, SHIPPED_WEIGHTS_PATH);
writeFileSync(target, module);
// Formatted as the repository's formatter would, so that `biome check` stays green after a retrain.
execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', target], {
  stdio: 'ignore',
});
const jsonAt = process.argv.indexOf('--json');
if (jsonAt >= 0 && process.argv[jsonAt + 1])
  writeFileSync(process.argv[jsonAt + 1] as string, json);
const written = readFileSync(target);
const kb = gzipSync(written, { level: 9 }).length / 1024;
console.log(`trained on ${trainedOn}`);
console.log(
  `wrote ${SHIPPED_WEIGHTS_PATH}: ${(written.length / 1024).toFixed(0)} KB, ${kb.toFixed(1)} KB gzip`,
);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
