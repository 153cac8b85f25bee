import {
  type ConversationView,
  type Debrief,
  OUTCOMES,
  type Outcome,
  type Transcript,
} from '@rapport/engine';
import type { LiveAttempt, LiveSnapshot, Spread } from './live-types.js';
import type { Mode, RoomScenarios } from './replay.js';
import type { AttemptRow, Participant } from './store.js';

type StoredAttempt = AttemptRow & { readonly choices: readonly string[] };

type Scored = {
  readonly view: ConversationView | null;
  readonly at: string;
  readonly debrief: Debrief | null;
  readonly transcript: Transcript | null;
};

function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { count: 0, min: null, median: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    count: sorted.length,
    min: sorted[0] as number,
    median,
    max: sorted[sorted.length - 1] as number,
  };
}

/**
 * Works out the room's picture from the stored choices alone: each attempt is replayed and scored
 * by the engine. Debriefs are cached per attempt and turn count, so a new turn costs one replay.
 */
export class LiveView {
  private readonly debriefs = new Map<string, Scored & { turns: number }>();

  constructor(private readonly scenarios: RoomScenarios) {}

  /** The replayed state of one attempt: where it is, and its debrief once it has ended. */
  scored(attempt: StoredAttempt): Scored {
    const cached = this.debriefs.get(attempt.id);
    if (cached && cached.turns === attempt.choices.length) return cached;
    const scenario = this.scenarios.get(attempt.scenarioId);
    if (!scenario) return { view: null, at: '?', debrief: null, transcript: null };
    const replayed = this.scenarios.replay(
      scenario,
      attempt.seed,
      attempt.mode as Mode,
      attempt.choices,
    );
    return this.remember(attempt.id, attempt.choices.length, replayed);
  }

  /** Keeps a replay the server has just made, so the live view does not make it again. */
  remember(
    id: string,
    turns: number,
    { view, transcript }: { view: ConversationView; transcript: Transcript },
  ): Scored {
    const at = view.kind === 'ending' ? view.ending.id : view.node;
    const scenario = this.scenarios.get(transcript.scenario.id);
    const debrief =
      view.kind === 'ending' && scenario ? this.scenarios.debrief(scenario, transcript) : null;
    const entry = { turns, view, debrief, at, transcript };
    this.debriefs.set(id, entry);
    return entry;
  }

  forget(): void {
    this.debriefs.clear();
  }

  snapshot(everything: {
    participants: readonly Participant[];
    attempts: readonly StoredAttempt[];
  }): LiveSnapshot {
    const byParticipant = new Map<string, LiveAttempt[]>();
    type Tally = {
      attempts: number;
      finished: number;
      outcomes: Record<Outcome, number>;
      choices: Record<string, Record<string, number>>;
      lr: number[];
      rq: number[];
      cr: number[];
      weakest: Map<string, number>;
    };
    const tallies = new Map<string, Tally>();
    for (const [id] of this.scenarios.byId) {
      tallies.set(id, {
        attempts: 0,
        finished: 0,
        outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
        choices: {},
        lr: [],
        rq: [],
        cr: [],
        weakest: new Map(),
      });
    }
    let turns = 0;
    for (const attempt of everything.attempts) {
      turns += attempt.choices.length;
      const { at, debrief, transcript } = this.scored(attempt);
      const outcome = debrief?.outcome?.outcome ?? null;
      const list = byParticipant.get(attempt.participantId) ?? [];
      list.push({
        id: attempt.id,
        scenarioId: attempt.scenarioId,
        turns: attempt.choices.length,
        at,
        outcome,
      });
      byParticipant.set(attempt.participantId, list);
      const tally = tallies.get(attempt.scenarioId);
      if (!tally) continue;
      tally.attempts += 1;
      for (const turn of transcript?.turns ?? []) {
        const node = tally.choices[turn.node] ?? {};
        tally.choices[turn.node] = node;
        node[turn.option] = (node[turn.option] ?? 0) + 1;
      }
      if (!debrief || !outcome) continue;
      tally.finished += 1;
      tally.outcomes[outcome] += 1;
      if (debrief.listeningRatio.value !== null) tally.lr.push(debrief.listeningRatio.value);
      if (debrief.reflectionToQuestion.value !== null)
        tally.rq.push(debrief.reflectionToQuestion.value);
      if (debrief.complexReflections.value !== null)
        tally.cr.push(debrief.complexReflections.value);
      const weakest = debrief.weakestTurn;
      if (weakest) {
        const node = transcript?.turns[weakest.turn - 1]?.node ?? '';
        const key = `${node}\u0000${weakest.option}`;
        tally.weakest.set(key, (tally.weakest.get(key) ?? 0) + 1);
      }
    }
    return {
      participants: everything.participants.map((participant) => ({
        id: participant.id,
        name: participant.name,
        attempts: byParticipant.get(participant.id) ?? [],
      })),
      scenarios: [...tallies].map(([id, tally]) => ({
        id,
        title: this.scenarios.get(id)?.title ?? id,
        attempts: tally.attempts,
        finished: tally.finished,
        outcomes: tally.outcomes,
        choices: tally.choices,
        figures: {
          listeningRatio: spread(tally.lr),
          reflectionToQuestion: spread(tally.rq),
          complexReflections: spread(tally.cr),
        },
        weakest: [...tally.weakest]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([key, count]) => {
            const [node = '', option = ''] = key.split('\u0000');
            return { node, option, count };
          }),
      })),
      turns,
    };
  }
}
