import type { Outcome } from '@rapport/engine';

// What the room's live view sends the facilitator's browser: types only, so the web trainer can
// import them (@rapport/room/live-types) without the server's code.

/** The spread of one debrief figure over the room's finished attempts. */
export type Spread = {
  readonly count: number;
  readonly min: number | null;
  readonly median: number | null;
  readonly max: number | null;
};

export type LiveAttempt = {
  readonly id: string;
  readonly scenarioId: string;
  /** Turns played so far. */
  readonly turns: number;
  /** Where the conversation stands: a node id, or the ending's id once it has ended. */
  readonly at: string;
  readonly outcome: Outcome | null;
};

export type LiveScenario = {
  readonly id: string;
  readonly title: string;
  readonly attempts: number;
  readonly finished: number;
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** Per node, how many times the room chose each option there: the heatmap on the graph. */
  readonly choices: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly figures: {
    readonly listeningRatio: Spread;
    readonly reflectionToQuestion: Spread;
    readonly complexReflections: Spread;
  };
  /** The weakest turns most often met in finished attempts, commonest first. */
  readonly weakest: readonly {
    readonly node: string;
    readonly option: string;
    readonly count: number;
  }[];
};

export type LiveSnapshot = {
  readonly participants: readonly {
    readonly id: string;
    readonly name: string | null;
    readonly attempts: readonly LiveAttempt[];
  }[];
  readonly scenarios: readonly LiveScenario[];
  readonly turns: number;
};
