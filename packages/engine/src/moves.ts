/** The learner's moves: BRIEF.md's taxonomy, defined once for the engine, both trainers and the docs. */

export const MOVE_FAMILIES = ['listening', 'neutral', 'insistence', 'directive'] as const;
export type MoveFamily = (typeof MOVE_FAMILIES)[number];

export type MoveInfo = {
  readonly id: MoveId;
  readonly label: string;
  readonly family: MoveFamily;
  /** The MITI 4.2.1 behaviour code this move maps to, in words (or why it has none). */
  readonly miti: string;
  /** The MITI 4.2.1 codes an option with this move gets when it names none of its own. */
  readonly codes: readonly MitiCode[];
  readonly description: string;
};

/**
 * MITI 4.2.1's behaviour codes for the interviewer (section E of the manual). An option carries
 * one or more, in utterance order: a reflection followed by a question is two codes.
 */
export const MITI_CODES = [
  'giving-information',
  'persuade',
  'persuade-with-permission',
  'question',
  'simple-reflection',
  'complex-reflection',
  'affirm',
  'seeking-collaboration',
  'emphasizing-autonomy',
  'confront',
] as const;
export type MitiCode = (typeof MITI_CODES)[number];

export const MITI_CODE_LABELS: Readonly<Record<MitiCode, string>> = {
  'giving-information': 'Giving Information',
  persuade: 'Persuade',
  'persuade-with-permission': 'Persuade with Permission',
  question: 'Question',
  'simple-reflection': 'Simple Reflection',
  'complex-reflection': 'Complex Reflection',
  affirm: 'Affirm',
  'seeking-collaboration': 'Seeking Collaboration',
  'emphasizing-autonomy': 'Emphasizing Autonomy',
  confront: 'Confront',
};

export const MOVE_IDS = [
  'open-question',
  'simple-reflection',
  'complex-reflection',
  'summarize',
  'affirm',
  'seek-collaboration',
  'emphasize-autonomy',
  'ask-permission',
  'advise-with-permission',
  'closed-question',
  'give-information',
  'persuade',
  'confront',
  'insist',
  'pull-rank',
  'dismiss',
  'set-boundary',
] as const;
export type MoveId = (typeof MOVE_IDS)[number];

export const MOVES: Readonly<Record<MoveId, MoveInfo>> = {
  'open-question': {
    id: 'open-question',
    label: 'Open question',
    family: 'listening',
    miti: 'Question',
    codes: ['question'],
    description: 'Invites the other person to tell their story in their own words.',
  },
  'simple-reflection': {
    id: 'simple-reflection',
    label: 'Simple reflection',
    family: 'listening',
    miti: 'Simple Reflection',
    codes: ['simple-reflection'],
    description: 'Says back what you heard, adding little or nothing.',
  },
  'complex-reflection': {
    id: 'complex-reflection',
    label: 'Complex reflection',
    family: 'listening',
    miti: 'Complex Reflection',
    codes: ['complex-reflection'],
    description: 'Says back the meaning or feeling beneath what was said.',
  },
  summarize: {
    id: 'summarize',
    label: 'Summary',
    family: 'listening',
    miti: 'Simple or Complex Reflection (a summary)',
    codes: ['simple-reflection'],
    description: 'Gathers several things the person said and links them together.',
  },
  affirm: {
    id: 'affirm',
    label: 'Affirmation',
    family: 'listening',
    miti: 'Affirm',
    codes: ['affirm'],
    description: 'Recognises a genuine strength, effort or good intention.',
  },
  'seek-collaboration': {
    id: 'seek-collaboration',
    label: 'Seeking collaboration',
    family: 'listening',
    miti: 'Seeking Collaboration',
    codes: ['seeking-collaboration'],
    description: 'Invites the person to shape the solution with you.',
  },
  'emphasize-autonomy': {
    id: 'emphasize-autonomy',
    label: 'Emphasising autonomy',
    family: 'listening',
    miti: 'Emphasizing Autonomy',
    codes: ['emphasizing-autonomy'],
    description: 'Makes clear that the choice and the control stay with them.',
  },
  'ask-permission': {
    id: 'ask-permission',
    label: 'Asking permission',
    family: 'listening',
    miti: 'Seeking Collaboration (asking permission)',
    codes: ['seeking-collaboration'],
    description: 'Asks before offering information or a view.',
  },
  'advise-with-permission': {
    id: 'advise-with-permission',
    label: 'Advice with permission',
    family: 'neutral',
    miti: 'Persuade with Permission',
    codes: ['persuade-with-permission'],
    description: 'Gives information or advice the person has agreed to hear.',
  },
  'closed-question': {
    id: 'closed-question',
    label: 'Closed question',
    family: 'neutral',
    miti: 'Question',
    codes: ['question'],
    description: 'Asks for a fact, a yes or a no.',
  },
  'give-information': {
    id: 'give-information',
    label: 'Giving information',
    family: 'neutral',
    miti: 'Giving Information',
    codes: ['giving-information'],
    description: 'Shares facts without pushing a conclusion.',
  },
  persuade: {
    id: 'persuade',
    label: 'Persuading',
    family: 'insistence',
    miti: 'Persuade',
    codes: ['persuade'],
    description: 'Argues for the change without being invited to.',
  },
  confront: {
    id: 'confront',
    label: 'Confronting',
    family: 'insistence',
    miti: 'Confront',
    codes: ['confront'],
    description: 'Criticises, blames or disagrees head-on.',
  },
  insist: {
    id: 'insist',
    label: 'Insisting',
    family: 'insistence',
    miti: 'Persuade (repeated demand)',
    codes: ['persuade'],
    description: 'Repeats the demand: the decision is made, please comply.',
  },
  'pull-rank': {
    id: 'pull-rank',
    label: 'Pulling rank',
    family: 'insistence',
    miti: 'Confront (appeal to authority)',
    codes: ['confront'],
    description: 'Leans on authority, policy or a mandate instead of reasons.',
  },
  dismiss: {
    id: 'dismiss',
    label: 'Dismissing',
    family: 'insistence',
    miti: 'Confront (dismissal)',
    codes: ['confront'],
    description: 'Brushes a concern aside as unimportant.',
  },
  'set-boundary': {
    id: 'set-boundary',
    label: 'Setting a boundary',
    family: 'directive',
    miti: 'None: MITI has no code for a legitimate limit; scored by decisiveness',
    codes: [],
    description: 'States a non-negotiable line with its reason and a safe way forward.',
  },
};

/** Codes MITI 4.2.1 totals: reflections, questions, MI-adherent and MI-non-adherent. */
export const REFLECTION_CODES: ReadonlySet<MitiCode> = new Set([
  'simple-reflection',
  'complex-reflection',
]);
export const MI_ADHERENT_CODES: ReadonlySet<MitiCode> = new Set([
  'affirm',
  'seeking-collaboration',
  'emphasizing-autonomy',
]);
export const MI_NON_ADHERENT_CODES: ReadonlySet<MitiCode> = new Set(['persuade', 'confront']);

/** The codes of an option: its own when it names them, else its move's. */
export function codesOf(option: {
  readonly move: MoveId;
  readonly codes?: readonly MitiCode[] | undefined;
}): readonly MitiCode[] {
  return option.codes ?? MOVES[option.move].codes;
}

export function moveFamily(move: MoveId): MoveFamily {
  return MOVES[move].family;
}

/**
 * The family a move counts in at one moment: set-boundary is directive only where the scenario
 * marks the moment non-negotiable; anywhere else it is one more push.
 */
export function effectiveFamily(move: MoveId, nonNegotiable: boolean): MoveFamily {
  const family = MOVES[move].family;
  if (family === 'directive' && !nonNegotiable) return 'insistence';
  return family;
}
