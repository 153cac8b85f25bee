import * as z from 'zod';
import { MITI_CODES, MOVE_FAMILIES, MOVE_IDS } from './moves.js';
import { FIGURE_IDS, OUTCOMES, TALK_KINDS } from './schema/scenario-schema.js';

/**
 * A played conversation: everything scoring needs, so a saved attempt can be scored again later
 * without the scenario file. The web export, `--transcript FILE` and localStorage all use it.
 */

export const Meters = z.record(z.string(), z.number());
export type Meters = z.infer<typeof Meters>;

/**
 * A reply the learner typed in own-words play (issue 14): the words, what the coder read, and
 * whether the learner corrected it. The turn's option, move and codes are the option it was
 * matched to (after any correction), which is what scoring counts.
 */
export const TypedReply = z.object({
  text: z.string(),
  /** The move the coder read (or `other`: greetings, fillers, logistics). */
  move: z.enum([...MOVE_IDS, 'other']),
  /** The MITI 4.2.1 codes the coder gave it. */
  codes: z.array(z.enum(MITI_CODES)),
  confidence: z.number().min(0).max(1),
  /** The learner chose another option than the one the reply was matched to. */
  corrected: z.boolean().optional(),
});
export type TypedReply = z.infer<typeof TypedReply>;

export const Turn = z.object({
  /** 0-based turn number. */
  index: z.int().min(0),
  node: z.string(),
  /** What the stakeholder said at this node, as the learner read it. */
  line: z.string(),
  option: z.string(),
  /** What the learner said. */
  text: z.string(),
  move: z.enum(MOVE_IDS),
  /** The MITI 4.2.1 codes of what the learner said; the move's own in transcripts saved before. */
  codes: z.array(z.enum(MITI_CODES)).optional(),
  /** The kind of talk of the line the learner answered (neutral in transcripts saved before). */
  talk: z.enum(TALK_KINDS).optional(),
  /** The family the move counted in here (set-boundary outside a non-negotiable moment is insistence). */
  family: z.enum(MOVE_FAMILIES),
  nonNegotiable: z.boolean(),
  coach: z.string(),
  before: Meters,
  after: Meters,
  /** True when this was an insistence move made at or above the reactance threshold. */
  reactance: z.boolean(),
  /** The options that were available at this turn, by id, for what-if replay and analysis. */
  available: z.array(z.string()),
  /** In own-words play, what the learner typed; absent for a chosen option and in older transcripts. */
  typed: TypedReply.optional(),
});
export type Turn = z.infer<typeof Turn>;

export const TranscriptEnding = z.object({
  id: z.string(),
  outcome: z.enum(OUTCOMES),
  title: z.string(),
  text: z.string(),
});
export type TranscriptEnding = z.infer<typeof TranscriptEnding>;

export const Transcript = z.object({
  version: z.literal(1),
  scenario: z.object({ id: z.string(), title: z.string() }),
  mode: z.enum(['coach', 'assess']),
  /** Where the conversation started (the facilitator can start anywhere) and with what meters. */
  start: z.object({ node: z.string(), meters: Meters }),
  /** The listening-ratio bands of the scenario, so the transcript scores the same anywhere. */
  bands: z.object({ fair: z.number(), good: z.number() }),
  /** The reactance threshold of the scenario: resistance at or above it is high. */
  threshold: z.number().optional(),
  /** The seed the options' order was drawn from; the same seed shows the same order anywhere. */
  seed: z.int().min(0).max(0xffffffff).optional(),
  /** The debrief figures that do not apply to the scenario. */
  omit: z.array(z.enum(FIGURE_IDS)).optional(),
  turns: z.array(Turn),
  ending: TranscriptEnding.nullable(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
});
export type Transcript = z.infer<typeof Transcript>;

// In a module without zod, so `rapport play`'s session, which puts typed replies on its
// transcript, does not load zod for it.
export { withTypedReplies } from './compile/typed-replies.js';
