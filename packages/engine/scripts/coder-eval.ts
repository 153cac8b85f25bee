/**
 * `pnpm coder:eval`: the move coder's figures, measured, each beside its line from issue 14.
 *  - AnnoMI therapist utterances, 5-fold cross-validation grouped by transcript: main behaviour
 *    macro-F1 (line 0.76) and reflection simple vs complex macro-F1 (line 0.65).
 *  - The team's IT utterances held out from training: family macro-F1 (0.85), move macro-F1 (0.70).
 *  - The shipped weights: size gzipped (60 KB) and time to code one utterance (2 ms).
 * Needs AnnoMI (docs/coder.md says how to get it); RAPPORT_ANNOMI names its folder.
 * RAPPORT_CODER_CONFIG='{"main":{"epochs":5}}' overrides the training settings, for tuning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  type CoderMove,
  coderFamily,
  createCoder,
  fuseMoves,
  headOutputs,
  MAIN_BEHAVIOURS,
  MOVE_MAIN,
} from '../src/coder/coder.js';
import { SHIPPED_WEIGHTS_PATH } from '../src/coder/load.js';
import { type CoderWeights, decodeWeights, encodeWeights } from '../src/coder/weights.js';
import { annomiFolder, loadAnnomi, transcriptFolds } from './coder/annomi.js';
import { f1Of, macroF1 } from './coder/metrics.js';
import {
  configFromEnv,
  loadItUtterances,
  loadScenarioOptions,
  REPO_ROOT,
  trainCoder,
} from './coder/pipeline.js';

const FOLDS = 5;

const config = configFromEnv();
const only = process.env.RAPPORT_CODER_EVAL ?? 'annomi,it,shipped';

/** Quantised as shipped, so the figures are those of int8 weights, not of the floats. */
function asShipped(weights: CoderWeights): CoderWeights {
  const heads = Object.entries(weights.heads).map(([name, head]) => ({ name, ...head }));
  return decodeWeights(encodeWeights(heads, weights.fusion, '', config.quantise), 'in memory');
}

function argmax(p: Float64Array): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return best;
}

function line(name: string, value: number, target: number, detail = ''): void {
  const verdict = value >= target ? 'at or past the line' : 'BELOW the line';
  console.log(
    `${name.padEnd(46)} ${value.toFixed(3)}   line ${target.toFixed(2)}   ${verdict}${detail ? `   ${detail}` : ''}`,
  );
}

const started = Date.now();
const it = loadItUtterances();
const scenarioOptions = loadScenarioOptions();
const itTrain = it.filter((u) => u.split === 'train');
const itTest = it.filter((u) => u.split === 'test');
console.log(
  `IT utterances: ${itTrain.length} to train, ${itTest.length} held out (${new Set(itTest.map((u) => u.group)).size} conversation moments never trained on); scenario options: ${scenarioOptions.length}`,
);

if (only.includes('annomi')) {
  const annomi = loadAnnomi(annomiFolder(REPO_ROOT));
  const folds = transcriptFolds(
    annomi.map((u) => u.transcript),
    FOLDS,
  );
  console.log(
    `AnnoMI: ${annomi.length} therapist utterances in ${folds.size} transcripts, ${FOLDS}-fold cross-validation grouped by transcript`,
  );
  const truth: string[] = [];
  const byHead: string[] = [];
  const byMove: string[] = [];
  const reflectionTruth: string[] = [];
  const reflectionPredicted: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = annomi.filter((u) => folds.get(u.transcript) !== fold);
    const weights = asShipped(
      trainCoder({ annomi: train, it: [...itTrain, ...scenarioOptions] }, config),
    );
    const moveClasses = weights.heads.move?.classes ?? [];
    for (const u of annomi) {
      if (folds.get(u.transcript) !== fold) continue;
      const outputs = headOutputs(weights, u.text, u.context);
      truth.push(u.main);
      byHead.push(MAIN_BEHAVIOURS[argmax(outputs.main as Float64Array)] as string);
      const move = moveClasses[argmax(fuseMoves(weights, outputs))] as CoderMove;
      byMove.push(MOVE_MAIN[move]);
      if (u.reflection) {
        reflectionTruth.push(u.reflection);
        reflectionPredicted.push(
          ((outputs.reflection as Float64Array)[1] as number) > 0.5 ? 'complex' : 'simple',
        );
      }
    }
  }
  const perClass = MAIN_BEHAVIOURS.map((c) => `${c} ${f1Of(c, truth, byHead).toFixed(2)}`).join(
    ', ',
  );
  line('AnnoMI main behaviour macro-F1 (main head)', macroF1(truth, byHead), 0.76, perClass);
  line('AnnoMI main behaviour macro-F1 (via the move)', macroF1(truth, byMove), 0.76);
  line(
    'AnnoMI reflection simple vs complex macro-F1',
    macroF1(reflectionTruth, reflectionPredicted),
    0.65,
  );
}

if (only.includes('it')) {
  const annomi = loadAnnomi(annomiFolder(REPO_ROOT));
  const floats = trainCoder({ annomi, it: [...itTrain, ...scenarioOptions] }, config);
  const weights = asShipped(floats);
  const candidate = JSON.stringify(
    encodeWeights(
      Object.entries(floats.heads).map(([name, head]) => ({ name, ...head })),
      floats.fusion,
      '',
      config.quantise,
    ),
  );
  console.log(
    `weights of these settings, gzip: ${(gzipSync(candidate, { level: 9 }).length / 1024).toFixed(1)} KB`,
  );
  const coder = createCoder(weights);
  const truth: string[] = [];
  const predicted: string[] = [];
  for (const u of itTest) {
    truth.push(u.move);
    predicted.push(coder.code(u.text, u.context).move);
  }
  const family = (moves: string[]) => moves.map((m) => coderFamily(m as CoderMove));
  line('IT held out: family macro-F1', macroF1(family(truth), family(predicted)), 0.85);
  line('IT held out: move macro-F1', macroF1(truth, predicted), 0.7);
  const weak = [...new Set(truth)]
    .map((m) => [m, f1Of(m, truth, predicted)] as const)
    .filter(([, f]) => f < 0.6)
    .map(([m, f]) => `${m} ${f.toFixed(2)}`);
  if (weak.length > 0) console.log(`  moves under 0.60 F1: ${weak.join(', ')}`);
}

if (only.includes('itcv')) {
  // For tuning: 5-fold cross-validation over the training moments, the held-out ones untouched.
  const annomi = loadAnnomi(annomiFolder(REPO_ROOT));
  const groups = [...new Set(itTrain.map((u) => u.group))];
  const truth: string[] = [];
  const predicted: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = new Set(groups.filter((_, i) => i % FOLDS === fold));
    const train = itTrain.filter((u) => !inFold.has(u.group));
    const coder = createCoder(
      asShipped(trainCoder({ annomi, it: [...train, ...scenarioOptions] }, config)),
    );
    for (const u of itTrain) {
      if (!inFold.has(u.group)) continue;
      truth.push(u.move);
      predicted.push(coder.code(u.text, u.context).move);
    }
  }
  const family = (moves: string[]) => moves.map((m) => coderFamily(m as CoderMove));
  console.log(
    `IT training moments, ${FOLDS}-fold by moment: family macro-F1 ${macroF1(family(truth), family(predicted)).toFixed(3)}, move macro-F1 ${macroF1(truth, predicted).toFixed(3)}`,
  );
}

if (only.includes('shipped')) {
  const path = join(REPO_ROOT, SHIPPED_WEIGHTS_PATH);
  const source = readFileSync(path);
  const kb = gzipSync(source, { level: 9 }).length / 1024;
  console.log(
    `${'shipped weights, gzip'.padEnd(46)} ${kb.toFixed(1)} KB   line 60 KB   ${kb <= 60 ? 'at or under the line' : 'OVER the line'}   (${(source.length / 1024).toFixed(0)} KB on disk)`,
  );
  const { loadShippedCoder } = await import('../src/coder/load.js');
  const coder = await loadShippedCoder();
  const sample = [...itTest, ...itTrain].slice(0, 400);
  for (const u of sample) coder.code(u.text, u.context);
  const t0 = performance.now();
  const rounds = 5;
  for (let r = 0; r < rounds; r++) for (const u of sample) coder.code(u.text, u.context);
  const ms = (performance.now() - t0) / (rounds * sample.length);
  console.log(
    `${'coding one utterance, mean'.padEnd(46)} ${ms.toFixed(3)} ms   line 2 ms   ${ms < 2 ? 'under the line' : 'OVER the line'}`,
  );
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
