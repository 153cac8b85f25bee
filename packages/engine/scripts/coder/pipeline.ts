import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODER_MOVES, type CoderMove, MAIN_BEHAVIOURS, MOVE_MAIN } from '../../src/coder/coder.js';
import { foldFeatures, type HashedFeatures, hashedFeatures } from '../../src/coder/features.js';
import type { SoftmaxHead } from '../../src/coder/softmax.js';
import type { CoderWeights, CoderWeightsFile } from '../../src/coder/weights.js';
import { loadScenario } from '../../src/load/index.js';
import type { AnnomiUtterance } from './annomi.js';
import { type Example, type TrainOptions, trainHead } from './train-head.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const IT_DATA = join(REPO_ROOT, 'packages', 'engine', 'coder-data', 'it-utterances.jsonl');

/** One labelled reply in an IT conversation: the team's own sentences, or a scenario's option. */
export type ItUtterance = {
  /** The conversation moment it answers: held-out splits are made of whole moments. */
  readonly group: string;
  readonly split: 'train' | 'test';
  readonly context: string;
  readonly text: string;
  readonly move: CoderMove;
};

export function loadItUtterances(file = IT_DATA): ItUtterance[] {
  const out: ItUtterance[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const group = JSON.parse(line) as {
        id: string;
        split: 'train' | 'test';
        context: string;
        replies: { move: string; text: string }[];
      };
      for (const reply of group.replies) {
        if (!(CODER_MOVES as readonly string[]).includes(reply.move)) {
          throw new Error(`${file}:${i + 1}: unknown move "${reply.move}"`);
        }
        out.push({
          group: group.id,
          split: group.split,
          context: group.context,
          text: reply.text,
          move: reply.move as CoderMove,
        });
      }
    });
  return out;
}

/** The coded options of the repository's scenarios, each with the line it answers. */
export function loadScenarioOptions(): ItUtterance[] {
  const dir = join(REPO_ROOT, 'scenarios');
  const out: ItUtterance[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const loaded = loadScenario(readFileSync(join(dir, name), 'utf8'), name);
    if (!loaded.ok) throw new Error(`${name} does not load`);
    for (const [nodeId, node] of Object.entries(loaded.scenario.nodes)) {
      for (const option of node.options) {
        out.push({
          group: `${loaded.scenario.id}/${nodeId}`,
          split: 'train',
          context: node.says,
          text: option.text,
          move: option.move,
        });
      }
    }
  }
  return out;
}

export type CoderConfig = {
  readonly buckets: { readonly main: number; readonly reflection: number; readonly move: number };
  readonly main: Partial<TrainOptions>;
  readonly reflection: Partial<TrainOptions>;
  readonly move: Partial<TrainOptions>;
  /** How much one IT utterance counts in the main and reflection heads, against one of AnnoMI. */
  readonly itWeight: number;
  readonly fusion: CoderWeightsFile['fusion'];
  /** How the weights are rounded for shipping: see encodeWeights. */
  readonly quantise: { readonly percentile: number; readonly levels: number };
  /** How many seeds (orders of the examples) each AnnoMI head is trained with, weights averaged. */
  readonly seeds: { readonly main: number; readonly reflection: number };
};

export const CONFIG: CoderConfig = {
  buckets: { main: 2 ** 15, reflection: 2 ** 13, move: 2 ** 12 },
  main: { learningRate: 0.02, epochs: 30, l2: 1e-5, balance: 0.5 },
  reflection: { learningRate: 0.02, epochs: 30, l2: 1e-5, balance: 0.5 },
  move: { learningRate: 0.3, epochs: 20, l2: 1e-5, balance: 0 },
  itWeight: 1,
  fusion: { main: 3, reflection: 1, temperature: 1.5 },
  quantise: { percentile: 0.999, levels: 3 },
  seeds: { main: 3, reflection: 1 },
};

/** One head trained once per seed, its weights and biases averaged: less of one order's luck. */
function averagedHead(
  classes: readonly string[],
  buckets: number,
  examples: readonly Example[],
  options: Partial<TrainOptions>,
  seeds: number,
): SoftmaxHead {
  const first = trainHead(classes, buckets, examples, { ...options, seed: 1 });
  for (let seed = 2; seed <= seeds; seed++) {
    const next = trainHead(classes, buckets, examples, { ...options, seed });
    for (let i = 0; i < first.weights.length; i++) {
      first.weights[i] = (first.weights[i] as number) + (next.weights[i] as number);
    }
    for (let c = 0; c < first.bias.length; c++) {
      first.bias[c] = (first.bias[c] as number) + (next.bias[c] as number);
    }
  }
  for (let i = 0; i < first.weights.length; i++)
    first.weights[i] = (first.weights[i] as number) / seeds;
  for (let c = 0; c < first.bias.length; c++) first.bias[c] = (first.bias[c] as number) / seeds;
  return first;
}

/** Hashing is the slow part: each utterance is hashed once per run. */
const cache = new Map<string, HashedFeatures>();
export function featuresOf(text: string, context: string): HashedFeatures {
  const key = `${context}\u0000${text}`;
  let f = cache.get(key);
  if (!f) {
    f = hashedFeatures(text, context);
    cache.set(key, f);
  }
  return f;
}

export type TrainingData = {
  readonly annomi: readonly AnnomiUtterance[];
  readonly it: readonly ItUtterance[];
};

const REFLECTION_OF: Partial<Record<CoderMove, 'simple' | 'complex'>> = {
  'simple-reflection': 'simple',
  'complex-reflection': 'complex',
};

/** Trains the three heads; weights in floats, before quantisation. */
export function trainCoder(data: TrainingData, config: CoderConfig = CONFIG): CoderWeights {
  return { heads: trainHeads(data, config), fusion: config.fusion, trainedOn: '' };
}

function trainHeads(data: TrainingData, config: CoderConfig): Record<string, SoftmaxHead> {
  const mainExamples: Example[] = [];
  const reflectionExamples: Example[] = [];
  const moveExamples: Example[] = [];
  const b = config.buckets;
  for (const u of data.annomi) {
    const f = featuresOf(u.text, u.context);
    mainExamples.push({ x: foldFeatures(f, b.main, 'main'), y: MAIN_BEHAVIOURS.indexOf(u.main) });
    if (u.reflection) {
      reflectionExamples.push({
        x: foldFeatures(f, b.reflection, 'reflection'),
        y: u.reflection === 'complex' ? 1 : 0,
      });
    }
  }
  for (const u of data.it) {
    const f = featuresOf(u.text, u.context);
    mainExamples.push({
      x: foldFeatures(f, b.main, 'main'),
      y: MAIN_BEHAVIOURS.indexOf(MOVE_MAIN[u.move]),
      weight: config.itWeight,
    });
    const sub = REFLECTION_OF[u.move];
    if (sub) {
      reflectionExamples.push({
        x: foldFeatures(f, b.reflection, 'reflection'),
        y: sub === 'complex' ? 1 : 0,
        weight: config.itWeight,
      });
    }
    moveExamples.push({ x: foldFeatures(f, b.move, 'move'), y: CODER_MOVES.indexOf(u.move) });
  }
  return {
    main: averagedHead(MAIN_BEHAVIOURS, b.main, mainExamples, config.main, config.seeds.main),
    reflection: averagedHead(
      ['simple', 'complex'],
      b.reflection,
      reflectionExamples,
      config.reflection,
      config.seeds.reflection,
    ),
    move: trainHead(CODER_MOVES, b.move, moveExamples, config.move),
  };
}

/** CONFIG, with RAPPORT_CODER_CONFIG (JSON, merged one level deep) over it: for tuning runs. */
export function configFromEnv(): CoderConfig {
  const override = JSON.parse(process.env.RAPPORT_CODER_CONFIG ?? '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = { ...CONFIG };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] =
      typeof value === 'object' && value !== null && typeof current === 'object'
        ? { ...current, ...value }
        : value;
  }
  return out as CoderConfig;
}
