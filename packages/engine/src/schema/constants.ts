/**
 * The schema's lists of names, in a module without zod: the compiler, the scoring and the
 * analysis read them, and `rapport play`'s session, which loads those, need not load zod.
 */

export const TALK_KINDS = ['change', 'sustain', 'neutral'] as const;

export const FIGURE_IDS = [
  'reflectionToQuestion',
  'complexReflections',
  'changeTalk',
  'technical',
  'relational',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const OUTCOMES = ['breakthrough', 'partial', 'stalemate', 'escalation'] as const;
