/** The learner's moves: BRIEF.md's taxonomy, defined once for the engine, both trainers and the docs. */

export const MOVE_FAMILIES = ['listening', 'neutral', 'insistence', 'directive'] as const;
export type MoveFamily = (typeof MOVE_FAMILIES)[number];

export type MoveInfo = {
  readonly id: MoveId;
  readonly label: string;
  readonly family: MoveFamily;
  /** The MITI 4.2.1 behaviour code this move maps to. */
  readonly miti: string;
  readonly description: string;
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
    description: 'Invites the other person to tell their story in their own words.',
  },
  'simple-reflection': {
    id: 'simple-reflection',
    label: 'Simple reflection',
    family: 'listening',
    miti: 'Simple Reflection',
    description: 'Says back what you heard, adding little or nothing.',
  },
  'complex-reflection': {
    id: 'complex-reflection',
    label: 'Complex reflection',
    family: 'listening',
    miti: 'Complex Reflection',
    description: 'Says back the meaning or feeling beneath what was said.',
  },
  summarize: {
    id: 'summarize',
    label: 'Summary',
    family: 'listening',
    miti: 'Reflection (summary)',
    description: 'Gathers several things the person said and links them together.',
  },
  affirm: {
    id: 'affirm',
    label: 'Affirmation',
    family: 'listening',
    miti: 'Affirm',
    description: 'Recognises a genuine strength, effort or good intention.',
  },
  'seek-collaboration': {
    id: 'seek-collaboration',
    label: 'Seeking collaboration',
    family: 'listening',
    miti: 'Seeking Collaboration',
    description: 'Invites the person to shape the solution with you.',
  },
  'emphasize-autonomy': {
    id: 'emphasize-autonomy',
    label: 'Emphasising autonomy',
    family: 'listening',
    miti: 'Emphasizing Autonomy',
    description: 'Makes clear that the choice and the control stay with them.',
  },
  'ask-permission': {
    id: 'ask-permission',
    label: 'Asking permission',
    family: 'listening',
    miti: 'Persuade with Permission',
    description: 'Asks before offering information or a view.',
  },
  'closed-question': {
    id: 'closed-question',
    label: 'Closed question',
    family: 'neutral',
    miti: 'Question',
    description: 'Asks for a fact, a yes or a no.',
  },
  'give-information': {
    id: 'give-information',
    label: 'Giving information',
    family: 'neutral',
    miti: 'Giving Information',
    description: 'Shares facts without pushing a conclusion.',
  },
  persuade: {
    id: 'persuade',
    label: 'Persuading',
    family: 'insistence',
    miti: 'Persuade',
    description: 'Argues for the change without being invited to.',
  },
  confront: {
    id: 'confront',
    label: 'Confronting',
    family: 'insistence',
    miti: 'Confront',
    description: 'Criticises, blames or disagrees head-on.',
  },
  insist: {
    id: 'insist',
    label: 'Insisting',
    family: 'insistence',
    miti: 'Persuade (repeated demand)',
    description: 'Repeats the demand: the decision is made, please comply.',
  },
  'pull-rank': {
    id: 'pull-rank',
    label: 'Pulling rank',
    family: 'insistence',
    miti: 'Confront (appeal to authority)',
    description: 'Leans on authority, policy or a mandate instead of reasons.',
  },
  dismiss: {
    id: 'dismiss',
    label: 'Dismissing',
    family: 'insistence',
    miti: 'Confront (dismissal)',
    description: 'Brushes a concern aside as unimportant.',
  },
  'set-boundary': {
    id: 'set-boundary',
    label: 'Setting a boundary',
    family: 'directive',
    miti: 'Giving Information (a non-negotiable limit)',
    description: 'States a non-negotiable line with its reason and a safe way forward.',
  },
};

export const REFLECTION_MOVES: ReadonlySet<MoveId> = new Set([
  'simple-reflection',
  'complex-reflection',
  'summarize',
]);
export const QUESTION_MOVES: ReadonlySet<MoveId> = new Set(['open-question', 'closed-question']);
export const MI_ADHERENT_MOVES: ReadonlySet<MoveId> = new Set([
  'affirm',
  'seek-collaboration',
  'emphasize-autonomy',
]);
export const MI_NON_ADHERENT_MOVES: ReadonlySet<MoveId> = new Set([
  'persuade',
  'confront',
  'insist',
  'pull-rank',
  'dismiss',
]);

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
