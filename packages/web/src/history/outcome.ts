import type { MoveFamily, Outcome } from '@rapport/engine';

/**
 * The part of a saved attempt that scoring reads. A full `Attempt` fits it; so does what the
 * library reads from storage before the full history (and its validator) has loaded.
 */
export type ScoredAttempt = {
  readonly transcript: {
    readonly scenario: { readonly id: string };
    readonly ending: { readonly outcome: Outcome } | null;
    readonly turns: readonly { readonly family: MoveFamily }[];
  };
};

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  breakthrough: 'Breakthrough',
  partial: 'Partial',
  stalemate: 'Stalemate',
  escalation: 'Escalation',
};

const RANK: Readonly<Record<Outcome, number>> = {
  breakthrough: 3,
  partial: 2,
  stalemate: 1,
  escalation: 0,
};

/** The listening ratio of an attempt, or null when it made no listening or insistence moves. */
export function listeningRatioOf(attempt: ScoredAttempt): number | null {
  let listening = 0;
  let insistence = 0;
  for (const turn of attempt.transcript.turns) {
    if (turn.family === 'listening') listening += 1;
    if (turn.family === 'insistence') insistence += 1;
  }
  return listening + insistence === 0 ? null : listening / (listening + insistence);
}

/** The best attempt: the better outcome first, then the higher listening ratio. */
export function bestAttempt<T extends ScoredAttempt>(attempts: readonly T[]): T | undefined {
  let best: T | undefined;
  const score = (attempt: T): number => {
    const outcome = attempt.transcript.ending?.outcome;
    return (outcome ? RANK[outcome] + 1 : 0) * 10 + (listeningRatioOf(attempt) ?? 0);
  };
  for (const attempt of attempts) if (!best || score(attempt) > score(best)) best = attempt;
  return best;
}
