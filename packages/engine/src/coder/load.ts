import { createCoder, type MoveCoder } from './coder.js';
import { CoderWeightsError, decodeWeights } from './weights.js';

/** Where the shipped weights live in the repository, for error messages and the scripts. */
export const SHIPPED_WEIGHTS_PATH = 'packages/engine/src/coder/shipped-weights.ts';

let shipped: Promise<MoveCoder> | undefined;

/**
 * The coder with the weights that ship in the package, imported on first use only (own-words
 * play, `rapport code`, the check lint), so that nothing else pays for them.
 */
export function loadShippedCoder(): Promise<MoveCoder> {
  shipped ??= import('./shipped-weights.js').then(
    (module) => createCoder(decodeWeights(module.SHIPPED_WEIGHTS, SHIPPED_WEIGHTS_PATH)),
    (error: unknown) => {
      shipped = undefined;
      throw new CoderWeightsError(
        `coder weights ${SHIPPED_WEIGHTS_PATH} could not be loaded (run pnpm coder:train): ${String(error)}`,
      );
    },
  );
  return shipped;
}

/** A coder from a weights file's text (`rapport code --weights FILE`); `source` names the file. */
export function coderFromJson(text: string, source: string): MoveCoder {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CoderWeightsError(`coder weights ${source} are unusable: not valid JSON`);
  }
  return createCoder(decodeWeights(raw, source));
}
