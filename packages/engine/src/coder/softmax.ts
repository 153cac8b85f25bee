import type { SparseVector } from './features.js';

/**
 * One softmax classifier over hashed features: a weight per (bucket, class), stored bucket by
 * bucket so that scoring an utterance reads a few hundred short contiguous runs.
 */
export type SoftmaxHead = {
  readonly classes: readonly string[];
  readonly buckets: number;
  /** buckets × classes.length, bucket-major. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
};

/** The probability of each class, in the head's class order. */
export function headProbabilities(head: SoftmaxHead, x: SparseVector): Float64Array {
  const k = head.classes.length;
  const scores = new Float64Array(k);
  for (let c = 0; c < k; c++) scores[c] = head.bias[c] as number;
  for (let i = 0; i < x.index.length; i++) {
    const base = (x.index[i] as number) * k;
    const v = x.value[i] as number;
    for (let c = 0; c < k; c++)
      scores[c] = (scores[c] as number) + v * (head.weights[base + c] as number);
  }
  return softmax(scores);
}

export function softmax(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  const out = new Float64Array(scores.length);
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp((scores[c] as number) - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) / sum;
  return out;
}
