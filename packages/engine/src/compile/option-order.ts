import type { Option, ScenarioNode } from '../schema/index.js';

/**
 * The order options are shown in. Each attempt draws a seed; each node's order comes from the seed
 * and the node's id alone, so the web trainer, the terminal trainer and a replay of a saved
 * transcript all show the same order, and a revisited node keeps it. File position then tells
 * the learner nothing. A node with `order: keep` is shown in file order, on purpose.
 */

/** The largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** A fresh seed for a new attempt. */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (MAX_SEED + 1)) >>> 0;
}

/** FNV-1a over the node id, mixed with the seed: a 32-bit start state for the generator. */
function hashSeed(seed: number, nodeId: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < nodeId.length; i++) {
    hash ^= nodeId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: a small, well-mixed 32-bit generator, plenty for shuffling nine options. */
function generator(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The shown position of each of a node's options, as a permutation of file positions: entry i is
 * the file position of the option shown i-th. Fisher–Yates, so every order can be drawn.
 */
export function optionPermutation(seed: number, nodeId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const next = generator(hashSeed(seed >>> 0, nodeId));
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}

/**
 * A node's options in the order this attempt shows them; `offered` keeps only those on offer now
 * (in their shown order). Without a seed, file order.
 */
export function orderOptions<T extends Pick<Option, 'id'>>(
  node: Pick<ScenarioNode, 'order'> & { readonly options: readonly T[] },
  nodeId: string,
  seed: number | undefined,
  offered?: (option: T) => boolean,
): T[] {
  const options =
    seed === undefined || node.order === 'keep'
      ? [...node.options]
      : optionPermutation(seed, nodeId, node.options.length).map(
          (position) => node.options[position] as T,
        );
  return offered ? options.filter(offered) : options;
}
