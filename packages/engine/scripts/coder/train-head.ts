import type { SparseVector } from '../../src/coder/features.js';
import { headProbabilities, type SoftmaxHead } from '../../src/coder/softmax.js';

export type Example = { readonly x: SparseVector; readonly y: number; readonly weight?: number };

export type TrainOptions = {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
  /** Weigh each class by (mean count / its count)^power: 0 none, 1 fully balanced. */
  readonly balance: number;
};

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  learningRate: 0.5,
  l2: 1e-5,
  seed: 1,
  balance: 0.5,
};

/** A small seeded generator, so that a retrain gives the same weights. */
export function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Multinomial logistic regression by AdaGrad on the cross-entropy, with an L2 penalty applied to
 * the weights each example touches. Deterministic for a given seed.
 */
export function trainHead(
  classes: readonly string[],
  buckets: number,
  examples: readonly Example[],
  options: Partial<TrainOptions> = {},
): SoftmaxHead {
  const o = { ...DEFAULT_TRAIN, ...options };
  const k = classes.length;
  const weights = new Float32Array(buckets * k);
  const bias = new Float32Array(k);
  const g2 = new Float32Array(buckets * k).fill(1e-6);
  const g2b = new Float32Array(k).fill(1e-6);
  const head: SoftmaxHead = { classes, buckets, weights, bias };
  const counts = new Array<number>(k).fill(0);
  for (const e of examples) counts[e.y] = (counts[e.y] ?? 0) + 1;
  const mean = examples.length / Math.max(1, counts.filter((c) => c > 0).length);
  const classWeight = counts.map((c) => (c > 0 ? (mean / c) ** o.balance : 0));
  const order = examples.map((_, i) => i);
  const random = rng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const e = examples[i] as Example;
      const p = headProbabilities(head, e.x);
      const w = (e.weight ?? 1) * (classWeight[e.y] as number);
      for (let c = 0; c < k; c++) {
        const g = w * ((p[c] as number) - (c === e.y ? 1 : 0));
        g2b[c] = (g2b[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (o.learningRate * g) / Math.sqrt(g2b[c] as number);
      }
      for (let j = 0; j < e.x.index.length; j++) {
        const base = (e.x.index[j] as number) * k;
        const v = e.x.value[j] as number;
        for (let c = 0; c < k; c++) {
          const at = base + c;
          const wt = weights[at] as number;
          const g = w * ((p[c] as number) - (c === e.y ? 1 : 0)) * v + o.l2 * wt;
          g2[at] = (g2[at] as number) + g * g;
          weights[at] = wt - (o.learningRate * g) / Math.sqrt(g2[at] as number);
        }
      }
    }
  }
  return head;
}
