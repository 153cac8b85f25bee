import * as z from 'zod';
import { FIGURE_IDS, OUTCOMES, TALK_KINDS } from './constants.js';

export { FIGURE_IDS, type FigureId, OUTCOMES, TALK_KINDS } from './constants.js';

import { MITI_CODES, MOVE_IDS } from '../moves.js';

/**
 * The scenario format: the single source of truth. Types are inferred from these schemas and the
 * editor's JSON Schema is generated from them. Written for facilitators, not programmers: words
 * for ids, sensible defaults, and every field described.
 */

const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .max(64)
  .regex(ID_PATTERN, 'an id of lowercase words joined by hyphens, like "ask-about-her-week"')
  .describe('An id made of lowercase words joined by hyphens, like "ask-about-her-week".');
export type Id = z.infer<typeof Id>;

const text = (max: number, description: string) =>
  z.string().trim().min(1).max(max).describe(description);

export const MeterValue = z.int().min(0).max(100);

export const Range = z
  .strictObject({
    min: z.number().optional().describe('The lowest value that still matches (inclusive).'),
    max: z.number().optional().describe('The highest value that still matches (inclusive).'),
  })
  .describe('A range: give min, max or both; both ends are inclusive.');
export type Range = z.infer<typeof Range>;

export const Condition = z
  .record(Id, Range)
  .describe(
    'Meter conditions that must all hold, for example `resistance: { min: 70 }` and `trust: { max: 30 }`.',
  );
export type Condition = z.infer<typeof Condition>;

export const Effects = z
  .record(Id, z.int().min(-100).max(100))
  .describe(
    'Changes to the meters, for example `resistance: -10` and `trust: 5`. Named meters replace the move family default; others keep it.',
  );
export type Effects = z.infer<typeof Effects>;

export const Branch = z.strictObject({
  when: Condition.optional().describe('Take this branch only when these meter conditions hold.'),
  to: Id.describe('The node or ending to go to.'),
});
export type Branch = z.infer<typeof Branch>;

export const Next = z
  .union([Id, z.array(Branch).min(1)])
  .describe(
    'Where the conversation goes after this option: a node or ending id, or a list of branches tried in order (the last one without `when`).',
  );
export type Next = z.infer<typeof Next>;

export const Talk = z
  .enum(TALK_KINDS)
  .describe(
    'What kind of talk the line is, in Motivational Interviewing terms: change talk (for the change goal), sustain talk (against it) or neutral.',
  );
export type Talk = z.infer<typeof Talk>;

export const Option = z.strictObject({
  id: Id.describe('Unique within its node; golden transcripts and replays refer to it.'),
  text: text(1000, 'What the learner says.'),
  move: z.enum(MOVE_IDS).describe('The move this option makes; it decides family and effects.'),
  codes: z
    .array(z.enum(MITI_CODES))
    .max(4)
    .optional()
    .describe(
      'The MITI 4.2.1 codes of what the learner says, in order (a reflection then a question is two codes); the move’s own codes when left out. The debrief counts these.',
    ),
  coach: text(
    1000,
    'The coaching note shown after the choice: name the move and why it lands or backfires.',
  ),
  moveReason: text(
    500,
    'Why the move is right although the words sound like another one (praise of someone else is not Affirm; asking leave to put off an answer is a question). rapport check’s coder then leaves the option alone.',
  ).optional(),
  effects: Effects.optional(),
  when: Condition.optional().describe('Offer this option only when these meter conditions hold.'),
  next: Next,
});
export type Option = z.infer<typeof Option>;

export const Variant = z.strictObject({
  when: Condition.describe('The meter conditions under which the stakeholder says this instead.'),
  says: text(2000, 'What the stakeholder says when the conditions hold.'),
  talk: Talk.optional().describe('The kind of talk of this version; the node’s when left out.'),
});
export type Variant = z.infer<typeof Variant>;

export const ScenarioNode = z.strictObject({
  says: text(2000, 'What the stakeholder says when the conversation reaches this node.'),
  talk: Talk.default('neutral'),
  variants: z
    .array(Variant)
    .default([])
    .describe('Other versions of the line, chosen by the meters; the first that matches wins.'),
  nonNegotiable: text(
    500,
    'Marks a non-negotiable moment (a compliance or safety line) and says why. Here set-boundary is decisive, and any other move is a missed boundary.',
  ).optional(),
  options: z
    .array(Option)
    .min(1)
    .max(9)
    .describe('What the learner can say here: one to nine options.'),
  order: z
    .enum(['shuffle', 'keep'])
    .default('shuffle')
    .describe(
      'shuffle (the default) shows the options in an order drawn for each attempt; keep shows them in file order, on purpose.',
    ),
});
export type ScenarioNode = z.infer<typeof ScenarioNode>;

export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

export const Ending = z.strictObject({
  outcome: Outcome.describe(
    'How the conversation ended: breakthrough, partial, stalemate or escalation.',
  ),
  title: text(120, 'A short name for the ending, shown as the debrief heading.'),
  text: text(2000, 'What happened next, told to the learner.'),
  when: Condition.optional().describe(
    'End the conversation here as soon as, after any turn, the meters meet these conditions.',
  ),
});
export type Ending = z.infer<typeof Ending>;

export const ScoreBounds = z
  .strictObject({
    listeningRatio: Range.optional(),
    reflectionToQuestion: Range.optional(),
    complexReflections: Range.optional(),
    miAdherent: Range.optional(),
    miNonAdherent: Range.optional(),
    pushesIntoResistance: Range.optional(),
    boundariesSet: Range.optional(),
    boundariesMissed: Range.optional(),
    turns: Range.optional(),
  })
  .describe('Bounds on the debrief figures that this path must meet.');
export type ScoreBounds = z.infer<typeof ScoreBounds>;

/**
 * What a golden transcript stands for, and the outcomes that kind of conversation may reach: the
 * four a facilitator wants every scenario to show (docs/authoring.md, "Golden transcripts").
 */
export const GOLDEN_KINDS = {
  best: ['breakthrough'],
  'firm-but-listening': ['breakthrough', 'partial'],
  'pure-insistence': ['escalation', 'stalemate'],
  'sounds-empathic-but-dodges': ['escalation', 'stalemate', 'partial'],
} as const satisfies Record<string, readonly Outcome[]>;
export type GoldenKind = keyof typeof GOLDEN_KINDS;
const GOLDEN_KIND_IDS = Object.keys(GOLDEN_KINDS) as [GoldenKind, ...GoldenKind[]];

export const GoldenTranscript = z.strictObject({
  name: text(200, 'What this test shows, in a sentence.'),
  kind: z
    .enum(GOLDEN_KIND_IDS)
    .optional()
    .describe(
      'What kind of conversation this path is: best, firm-but-listening, pure-insistence or sounds-empathic-but-dodges. The check holds its ending to the outcomes that kind may reach.',
    ),
  choices: z.array(Id).min(1).describe('The option ids chosen, in order, from the start node.'),
  ending: Id.describe('The ending this path must reach.'),
  expect: ScoreBounds.optional(),
});
export type GoldenTranscript = z.infer<typeof GoldenTranscript>;

export const Stakeholder = z.strictObject({
  name: text(80, 'The stakeholder’s name.'),
  role: text(120, 'Their job, as they would say it.'),
  cares: text(1000, 'What they care about.'),
  history: text(1500, 'What happened before this conversation.'),
  sensitivity: z
    .strictObject({
      listening: z.number().min(0).max(5).optional(),
      neutral: z.number().min(0).max(5).optional(),
      insistence: z.number().min(0).max(5).optional(),
      directive: z.number().min(0).max(5).optional(),
    })
    .default({})
    .describe(
      'How strongly this person reacts to each move family: 1 is the default, 1.5 reacts half as hard again.',
    ),
});
export type Stakeholder = z.infer<typeof Stakeholder>;

export const Reactance = z
  .strictObject({
    threshold: MeterValue.default(70).describe('Resistance at or above which pushing costs extra.'),
    resistance: z
      .int()
      .min(0)
      .max(100)
      .default(6)
      .describe('Extra resistance added by a push into high resistance.'),
    trust: z
      .int()
      .min(-100)
      .max(0)
      .default(-4)
      .describe('Trust change added by a push into high resistance.'),
  })
  .describe('Reactance: an insistence move made while resistance is already high costs extra.');
export type Reactance = z.infer<typeof Reactance>;

export const Bands = z
  .strictObject({
    fair: z.number().min(0).max(1).default(0.6),
    good: z.number().min(0).max(1).default(0.8),
  })
  .describe(
    'The listening-ratio bands of this scenario: at or above fair is fair, at or above good is good.',
  );
export type Bands = z.infer<typeof Bands>;

export const Scenario = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema this file follows (for editors).'),
  id: Id.describe('The scenario id, used by `rapport play <id>` and in links.'),
  title: text(120, 'The title shown in the library.'),
  summary: text(500, 'One or two sentences for the library card.'),
  skills: z
    .array(text(60, 'A skill practised.'))
    .min(1)
    .max(8)
    .describe('The skills it practises.'),
  minutes: z.int().min(1).max(120).describe('About how long it takes to play, in minutes.'),
  difficulty: z.enum(['introductory', 'intermediate', 'advanced']),
  briefing: z.strictObject({
    situation: text(3000, 'The situation, as the learner is told it before starting.'),
    goal: text(1000, 'What the learner is trying to achieve.'),
  }),
  changeGoal: text(
    300,
    'The change the stakeholder’s change talk is about, for example "the North team logs its orders in the module".',
  ).optional(),
  omit: z
    .array(z.enum(FIGURE_IDS))
    .default([])
    .describe(
      'Debrief figures that do not apply to this scenario, for example the MI figures in a briefing that is not an MI conversation.',
    ),
  stakeholder: Stakeholder,
  meters: z
    .record(Id, MeterValue)
    .default({})
    .describe(
      'Start values of the meters, 0 to 100. resistance and trust always exist (default 50); add more by naming them.',
    ),
  reactance: Reactance.default({ threshold: 70, resistance: 6, trust: -4 }),
  bands: Bands.default({ fair: 0.6, good: 0.8 }),
  start: Id.optional().describe(
    'The node the conversation starts at; the first node when left out.',
  ),
  nodes: z
    .record(Id, ScenarioNode)
    .describe(
      'The conversation: each node is one thing the stakeholder says and the options to answer it.',
    ),
  endings: z.record(Id, Ending).describe('How the conversation can end.'),
  tests: z
    .array(GoldenTranscript)
    .default([])
    .describe('Golden transcripts: paths that must reach an ending with given scores.'),
});
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as written in a file, before defaults are filled in. */
export type ScenarioInput = z.input<typeof Scenario>;
