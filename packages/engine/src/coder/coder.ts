import { type MitiCode, MOVE_IDS, MOVES, type MoveFamily } from '../moves.js';
import {
  type CountedGroup,
  DEFAULT_GROUP_SCALE,
  factsOf,
  GROUPS,
  type HashedFeatures,
  HEAD_GROUP_SCALE,
  hashedFeatures,
  type PreparedContext,
  prepareContext,
  prepareReply,
  type ReplyGroups,
  replyGroups,
  shapeGroup,
  type TextFacts,
} from './features.js';
import { type SoftmaxHead, softmax } from './softmax.js';
import { type CoderWeights, CoderWeightsError } from './weights.js';

/** What the coder can answer: one of the learner's moves, or other (greetings, fillers, logistics). */
export const CODER_MOVES = [...MOVE_IDS, 'other'] as const;
export type CoderMove = (typeof CODER_MOVES)[number];

/** AnnoMI's therapist behaviour classes, which the coder's main head predicts. */
export const MAIN_BEHAVIOURS = ['question', 'reflection', 'therapist_input', 'other'] as const;
export type MainBehaviour = (typeof MAIN_BEHAVIOURS)[number];

/** Below this the coder's answer is a guess: own-words play asks the learner to choose. */
export const LOW_CONFIDENCE = 0.5;

/**
 * How a move counts in AnnoMI's four classes (issue 14): questions are questions, reflections
 * and summaries reflections, information, persuasion, advice with permission, insisting,
 * pulling rank and boundaries therapist input, the rest other.
 */
export const MOVE_MAIN: Readonly<Record<CoderMove, MainBehaviour>> = {
  'open-question': 'question',
  'closed-question': 'question',
  'simple-reflection': 'reflection',
  'complex-reflection': 'reflection',
  summarize: 'reflection',
  'give-information': 'therapist_input',
  persuade: 'therapist_input',
  'advise-with-permission': 'therapist_input',
  insist: 'therapist_input',
  'pull-rank': 'therapist_input',
  'set-boundary': 'therapist_input',
  affirm: 'other',
  'seek-collaboration': 'other',
  'emphasize-autonomy': 'other',
  'ask-permission': 'other',
  confront: 'other',
  dismiss: 'other',
  other: 'other',
};

export type CoderFamily = MoveFamily | 'other';

export function coderFamily(move: CoderMove): CoderFamily {
  return move === 'other' ? 'other' : MOVES[move].family;
}

export type CodeAlternative = { readonly move: CoderMove; readonly probability: number };

export type CodeResult = {
  readonly move: CoderMove;
  readonly family: CoderFamily;
  /** MITI 4.2.1 behaviour codes; none for other and for set-boundary. */
  readonly codes: readonly MitiCode[];
  /** The probability the coder gives its move, 0 to 1, lowered for input it cannot read. */
  readonly confidence: number;
  /** The three likeliest moves, best first (the first is `move`). */
  readonly alternatives: readonly CodeAlternative[];
  /** Every move's probability, best first: what matching a reply to an option weighs. */
  readonly distribution: readonly CodeAlternative[];
  /** Why the code should not be trusted, in words: empty, no words, not English, cut short. */
  readonly notes: readonly string[];
};

export type MoveCoder = {
  /** Codes one reply, given the stakeholder's line before it ("" when there is none). */
  readonly code: (reply: string, context?: string) => CodeResult;
  readonly trainedOn: string;
};

/** Per head, each class's probability, for training and evaluation scripts. */
export type HeadOutputs = Readonly<Record<string, Float64Array>>;

function probabilitiesOf(heads: Readonly<Record<string, SoftmaxHead>>, features: HashedFeatures) {
  const out: Record<string, Float64Array> = {};
  for (const [name, head] of Object.entries(heads)) {
    out[name] = foldedProbabilities(head, features, name);
  }
  return out;
}

/**
 * `headProbabilities(head, foldFeatures(features, head.buckets, name))` without the folded copy:
 * the same products (each value rounded to 32 bits after its group's weight, as the copy holds
 * it), added in the same order.
 */
function foldedProbabilities(head: SoftmaxHead, features: HashedFeatures, name: string) {
  const scale = HEAD_GROUP_SCALE[name] ?? DEFAULT_GROUP_SCALE;
  const byGroup = GROUPS.map((group) => scale[group]);
  const k = head.classes.length;
  const weights = head.weights;
  const mask = head.buckets - 1;
  const scores = new Float64Array(k);
  for (let c = 0; c < k; c++) scores[c] = head.bias[c] as number;
  const { hash, value, group } = features;
  for (let i = 0; i < hash.length; i++) {
    const base = ((hash[i] as number) & mask) * k;
    const v = Math.fround((value[i] as number) * (byGroup[group[i] as number] as number));
    for (let c = 0; c < k; c++)
      scores[c] = (scores[c] as number) + v * (weights[base + c] as number);
  }
  return softmax(scores);
}

/**
 * The move distribution: the move head's opinion, sharpened by the main head (trained on far
 * more utterances) on the move's AnnoMI class and, for the two reflection moves, by the
 * reflection head on simple against complex. A product of experts, renormalised.
 */
export function fuseMoves(weights: CoderWeights, outputs: HeadOutputs): Float64Array {
  const { heads, fusion } = weights;
  const move = outputs.move as Float64Array;
  const main = outputs.main as Float64Array;
  const reflection = outputs.reflection as Float64Array;
  const moveClasses = (heads.move as SoftmaxHead).classes;
  const mainClasses = (heads.main as SoftmaxHead).classes;
  const complexAt = (heads.reflection as SoftmaxHead).classes.indexOf('complex');
  const scores = new Float64Array(moveClasses.length);
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < moveClasses.length; c++) {
    const m = moveClasses[c] as CoderMove;
    let s = Math.log((move[c] as number) + 1e-9);
    const mainAt = mainClasses.indexOf(MOVE_MAIN[m]);
    s += fusion.main * Math.log((main[mainAt] as number) + 1e-9);
    if (m === 'simple-reflection' || m === 'complex-reflection') {
      const p = reflection[complexAt] as number;
      s += fusion.reflection * Math.log((m === 'complex-reflection' ? p : 1 - p) + 1e-9);
    }
    s /= fusion.temperature;
    scores[c] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp((scores[c] as number) - max);
    sum += scores[c] as number;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) / sum;
  return scores;
}

function codesFor(move: CoderMove, complexProbability: number): readonly MitiCode[] {
  if (move === 'other') return [];
  if (move === 'summarize') {
    return [complexProbability > 0.5 ? 'complex-reflection' : 'simple-reflection'];
  }
  return MOVES[move].codes;
}

/** Every head's output for one reply: what the eval script scores on AnnoMI. */
export function headOutputs(weights: CoderWeights, reply: string, context = ''): HeadOutputs {
  return probabilitiesOf(weights.heads, hashedFeatures(reply, context));
}

/** Distinct replies whose sums a coder keeps before it starts again. */
const REMEMBERED_REPLIES = 4096;

/** What a coder keeps of one reply: its facts, its groups, each head's sum over the first two. */
type ReplyPart = {
  readonly facts: TextFacts;
  readonly groups: ReplyGroups;
  readonly sums: readonly Float64Array[];
};

/**
 * Adds a counted group's features to a head's scores, each as `featuresOf` and
 * `foldFeatures` round it (32 bits, then 32 bits again after the group's weight).
 */
function addGroup(scores: Float64Array, head: SoftmaxHead, weight: number, group: CountedGroup) {
  const k = head.classes.length;
  const weights = head.weights;
  const mask = head.buckets - 1;
  const scale = 1 / Math.sqrt(group.total);
  const { hash, count } = group;
  for (let i = 0; i < hash.length; i++) {
    const value = Math.fround(Math.sqrt(count[i] as number) * scale);
    const v = Math.fround(value * weight);
    const base = ((hash[i] as number) & mask) * k;
    for (let c = 0; c < k; c++)
      scores[c] = (scores[c] as number) + v * (weights[base + c] as number);
  }
}

export function createCoder(weights: CoderWeights): MoveCoder {
  const moveHead = weights.heads.move;
  if (!moveHead || moveHead.classes.some((c) => !(CODER_MOVES as readonly string[]).includes(c))) {
    throw new CoderWeightsError('coder weights are unusable: the move head names unknown moves');
  }
  const moveClasses = moveHead.classes as readonly CoderMove[];
  const complexAt = weights.heads.reflection?.classes.indexOf('complex') ?? -1;
  const heads = Object.entries(weights.heads).map(([name, head]) => {
    const scale = HEAD_GROUP_SCALE[name] ?? DEFAULT_GROUP_SCALE;
    return { name, head, byGroup: GROUPS.map((group) => scale[group]) };
  });
  // A reply's text and character groups do not depend on the line it answers, and they come
  // first in every head's sum: each head's sum over them is kept per distinct reply (a
  // scenario's options often repeat a line), and a code goes on from there with the shape and
  // context groups, adding the same numbers in the same order as from scratch.
  const replies = new Map<string, ReplyPart>();
  const partOf = (reply: string): ReplyPart => {
    let part = replies.get(reply);
    if (!part) {
      const prepared = prepareReply(reply);
      const groups = replyGroups(prepared);
      part = {
        facts: factsOf(prepared),
        groups,
        sums: heads.map(({ head, byGroup }) => {
          const scores = Float64Array.from(head.bias);
          addGroup(scores, head, byGroup[0] as number, groups.text);
          addGroup(scores, head, byGroup[1] as number, groups.chars);
          return scores;
        }),
      };
      if (replies.size >= REMEMBERED_REPLIES) replies.clear();
      replies.set(reply, part);
    }
    return part;
  };
  // The options of one node are coded one after another against the same line: its half of the
  // features is worked out once.
  let lastContext = '';
  let preparedContext: PreparedContext | undefined;
  const contextOf = (context: string): PreparedContext => {
    if (preparedContext === undefined || context !== lastContext) {
      preparedContext = prepareContext(context);
      lastContext = context;
    }
    return preparedContext;
  };
  return {
    trainedOn: weights.trainedOn,
    code(reply, context = '') {
      const part = partOf(reply);
      const facts = part.facts;
      const notes: string[] = [];
      if (reply.trim() === '') {
        return {
          move: 'other',
          family: 'other',
          codes: [],
          confidence: 0,
          alternatives: [{ move: 'other', probability: 0 }],
          distribution: [{ move: 'other', probability: 0 }],
          notes: ['nothing to code: the reply is empty'],
        };
      }
      const line = contextOf(context);
      const shape = shapeGroup(part.groups, line);
      const outputs: Record<string, Float64Array> = {};
      heads.forEach(({ name, head, byGroup }, h) => {
        const scores = (part.sums[h] as Float64Array).slice();
        addGroup(scores, head, byGroup[2] as number, shape);
        addGroup(scores, head, byGroup[3] as number, line);
        outputs[name] = softmax(scores);
      });
      const p = fuseMoves(weights, outputs);
      const order = [...p.keys()].sort((a, b) => (p[b] as number) - (p[a] as number));
      if (facts.words === 0) {
        // Emoji, numbers or punctuation alone: no move can be read into them.
        return {
          move: 'other',
          family: 'other',
          codes: [],
          confidence: 0.1,
          alternatives: [{ move: 'other', probability: 0.1 }],
          distribution: [{ move: 'other', probability: 0.1 }],
          notes: ['no words to code (only symbols, numbers or emoji)'],
        };
      }
      let cap = 1;
      if (facts.words >= 3 && facts.englishShare < 0.15) {
        notes.push('does not read as English; the coder knows English only');
        cap = 0.3;
      }
      if (facts.truncated) notes.push('very long: only the first 2,000 characters were coded');
      const distribution = order.map((c) => ({
        move: moveClasses[c] as CoderMove,
        probability: Math.min(cap, p[c] as number),
      }));
      const alternatives = distribution.slice(0, 3);
      const best = alternatives[0] as CodeAlternative;
      const complex =
        complexAt >= 0 ? ((outputs.reflection as Float64Array)[complexAt] as number) : 0;
      return {
        move: best.move,
        family: coderFamily(best.move),
        codes: codesFor(best.move, complex),
        confidence: best.probability,
        alternatives,
        distribution,
        notes,
      };
    },
  };
}
