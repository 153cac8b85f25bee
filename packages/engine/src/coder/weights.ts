import { hashString } from './features.js';
import type { SoftmaxHead } from './softmax.js';

/** What `pnpm coder:train` writes: numbers only, no word or sentence of the training data. */
export type CoderWeightsFile = {
  readonly format: 'rapport-coder';
  readonly version: 1;
  /** Where the weights came from, in words, for `rapport code --about` and the docs. */
  readonly trainedOn: string;
  readonly heads: readonly {
    readonly name: string;
    readonly classes: readonly string[];
    /** A power of two: how many hash buckets this head's weights cover. */
    readonly buckets: number;
    /** A stored level q (-31..31) stands for the weight q × scale. */
    readonly scale: number;
    readonly bias: readonly number[];
  }[];
  /** How the heads' opinions are combined (see coder.ts). */
  readonly fusion: {
    readonly main: number;
    readonly reflection: number;
    readonly temperature: number;
  };
  /**
   * One character per weight (LEVELS: the level -31..31), head after head, each buckets ×
   * classes, bucket by bucket. A character per weight, not base64 of bytes, lets gzip see the
   * levels themselves: most are near zero, so the file compresses to about two bits a weight.
   */
  readonly data: string;
  /** FNV-1a of data, in hex: a truncated or edited file is caught before it codes anything. */
  readonly checksum: string;
};

export type CoderWeights = {
  readonly heads: Readonly<Record<string, SoftmaxHead>>;
  readonly fusion: CoderWeightsFile['fusion'];
  readonly trainedOn: string;
};

/** The weights are missing, unreadable or not what this version of the coder expects. */
export class CoderWeightsError extends Error {
  override readonly name = 'CoderWeightsError';
}

export const REQUIRED_HEADS = ['main', 'reflection', 'move'] as const;

function fail(source: string, why: string): never {
  throw new CoderWeightsError(`coder weights ${source} are unusable: ${why}`);
}

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}

/** The 63 characters that stand for the levels -31..31, in order. */
export const LEVELS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-';
const MAX_LEVEL = 31;

const LEVEL_OF = (() => {
  const table = new Int8Array(128).fill(-128);
  for (let i = 0; i < LEVELS.length; i++) table[LEVELS.charCodeAt(i)] = i - MAX_LEVEL;
  return table;
})();

/** Checks a weights file's shape and checksum and expands it; `source` names it in errors. */
export function decodeWeights(raw: unknown, source: string): CoderWeights {
  if (typeof raw !== 'object' || raw === null) fail(source, 'not a JSON object');
  const file = raw as Partial<CoderWeightsFile>;
  if (file.format !== 'rapport-coder') fail(source, 'format is not "rapport-coder"');
  if (file.version !== 1) fail(source, `version ${String(file.version)} is not 1`);
  if (typeof file.data !== 'string') fail(source, 'no data field');
  if (typeof file.checksum !== 'string') fail(source, 'no checksum field');
  if (hashString(file.data).toString(16) !== file.checksum) {
    fail(source, 'the checksum does not match the data (a truncated or edited file?)');
  }
  if (!Array.isArray(file.heads)) fail(source, 'no heads');
  const fusion = file.fusion;
  if (
    !fusion ||
    ![fusion.main, fusion.reflection, fusion.temperature].every((n) => Number.isFinite(n))
  ) {
    fail(source, 'fusion is missing or not numbers');
  }
  const data = file.data;
  const heads: Record<string, SoftmaxHead> = {};
  let offset = 0;
  for (const head of file.heads) {
    const k = head.classes?.length ?? 0;
    if (k < 2 || !isPowerOfTwo(head.buckets) || head.bias?.length !== k) {
      fail(source, `head "${String(head.name)}" is malformed`);
    }
    const size = head.buckets * k;
    if (offset + size > data.length) fail(source, `the data ends inside head "${head.name}"`);
    if (!Number.isFinite(head.scale)) fail(source, `head "${head.name}" has no scale`);
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) {
      const code = data.charCodeAt(offset + i);
      const level = code < 128 ? (LEVEL_OF[code] as number) : -128;
      if (level === -128) fail(source, `the data has a character that is no weight level`);
      weights[i] = level * head.scale;
    }
    offset += size;
    heads[head.name] = {
      classes: head.classes,
      buckets: head.buckets,
      weights,
      bias: Float32Array.from(head.bias),
    };
  }
  if (offset !== data.length) fail(source, 'the data is longer than its heads');
  for (const name of REQUIRED_HEADS) {
    if (!heads[name]) fail(source, `head "${name}" is missing`);
  }
  return { heads, fusion, trainedOn: String(file.trainedOn ?? '') };
}

/**
 * Quantises trained heads to 63 levels and packs them: what coder-train writes. The scale is set
 * by a high percentile of the weights' sizes rather than the largest, so that the few outliers
 * are clipped and the many small weights keep their resolution.
 */
export function encodeWeights(
  heads: readonly (SoftmaxHead & { readonly name: string })[],
  fusion: CoderWeightsFile['fusion'],
  trainedOn: string,
  quantise: { readonly percentile: number; readonly levels: number } = {
    percentile: 0.9995,
    levels: MAX_LEVEL,
  },
): CoderWeightsFile {
  const levels = Math.min(MAX_LEVEL, Math.max(1, Math.round(quantise.levels)));
  const chunks: string[] = [];
  const meta: CoderWeightsFile['heads'][number][] = [];
  for (const head of heads) {
    const sizes = Float32Array.from(head.weights, Math.abs).sort();
    const top =
      sizes[Math.min(sizes.length - 1, Math.floor(sizes.length * quantise.percentile))] ?? 0;
    const scale = top === 0 ? 1 : top / levels;
    const chars = new Array<string>(head.weights.length);
    for (let i = 0; i < head.weights.length; i++) {
      const q = Math.round((head.weights[i] as number) / scale);
      chars[i] = LEVELS[Math.max(-levels, Math.min(levels, q)) + MAX_LEVEL] as string;
    }
    chunks.push(chars.join(''));
    meta.push({
      name: head.name,
      classes: [...head.classes],
      buckets: head.buckets,
      scale,
      bias: Array.from(head.bias, (b) => Math.round(b * 1e4) / 1e4),
    });
  }
  const data = chunks.join('');
  return {
    format: 'rapport-coder',
    version: 1,
    trainedOn,
    heads: meta,
    fusion,
    data,
    checksum: hashString(data).toString(16),
  };
}
