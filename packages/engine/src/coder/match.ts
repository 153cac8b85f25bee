import { effectiveFamily } from '../moves.js';
import type { Option } from '../schema/index.js';
import { type CodeResult, LOW_CONFIDENCE } from './coder.js';
import { normalizeText, tokenize } from './features.js';

/**
 * How a typed reply was matched to one of the node's scripted options (issue 14, own-words
 * play): an option with the coded move, else one of its family, the closest in wording.
 */
export type OptionMatch = {
  readonly option: Option;
  /** move: an option has the coded move; family: one has its family; closest: neither. */
  readonly by: 'move' | 'family' | 'closest';
  /** The coder was unsure, or no option has the coded move: let the learner choose. */
  readonly ask: boolean;
  /** The two options closest to the reply, best first (one when the node has only one). */
  readonly closest: readonly Option[];
};

const SHORT_WORDS = new Set(
  'the a an and or but so to of in on at for with is are was be it this that i you we'.split(' '),
);

function words(text: string): Set<string> {
  return new Set(
    tokenize(normalizeText(text)).filter((t) => /^\p{L}/u.test(t) && !SHORT_WORDS.has(t)),
  );
}

/** Word overlap of two lines, 0 to 1 (Dice): how close the reply's wording is to an option's. */
export function wordingSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Matches a coded reply to one of the options on offer. `nonNegotiable` is the node's mark, so
 * that set-boundary counts in the family it has there. Throws on an empty list of options.
 */
export function matchOption(
  reply: string,
  code: CodeResult,
  options: readonly Option[],
  nonNegotiable = false,
): OptionMatch {
  if (options.length === 0) throw new Error('matchOption: the node offers no option');
  const probability = new Map(code.distribution.map((a) => [a.move, a.probability]));
  const similarity = new Map(options.map((o) => [o, wordingSimilarity(reply, o.text)]));
  const byWording = (list: readonly Option[]) =>
    [...list].sort((a, b) => (similarity.get(b) as number) - (similarity.get(a) as number));
  const family = (o: Option) => effectiveFamily(o.move, nonNegotiable);
  const sameMove = options.filter((o) => o.move === code.move);
  const sameFamily = options.filter((o) => family(o) === code.family);
  // For the learner's choice: the coder's belief in each option's move, plus its wording.
  const closest = [...options]
    .sort(
      (a, b) =>
        (probability.get(b.move) ?? 0) +
        0.5 * (similarity.get(b) as number) -
        ((probability.get(a.move) ?? 0) + 0.5 * (similarity.get(a) as number)),
    )
    .slice(0, 2);
  const [bestMove] = byWording(sameMove);
  if (bestMove) {
    return { option: bestMove, by: 'move', ask: code.confidence < LOW_CONFIDENCE, closest };
  }
  const [bestFamily] = byWording(sameFamily);
  if (bestFamily) return { option: bestFamily, by: 'family', ask: true, closest };
  return { option: closest[0] as Option, by: 'closest', ask: true, closest };
}
