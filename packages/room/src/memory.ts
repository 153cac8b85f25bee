import { hashSecret } from './keys.js';
import type { AttemptRow, Participant, RoomStore } from './store.js';

export type HeldAttempt = AttemptRow & { readonly choices: readonly string[] };

/**
 * The room as the server holds it between requests: every participant (by token hash) and
 * every attempt with its choices, loaded from the database at start and written through on every
 * change, after the database has it. Reads never wait for the database; a turn costs one
 * transaction. A room's data belongs to one room process at a time.
 */
export class RoomMemory {
  private readonly byToken = new Map<string, Participant>();
  private readonly participants = new Map<string, Participant>();
  private readonly attempts = new Map<string, HeldAttempt>();

  static async load(store: RoomStore): Promise<RoomMemory> {
    const memory = new RoomMemory();
    const { participants, attempts } = await store.everything();
    const hashes = await store.tokenHashes();
    for (const participant of participants) {
      memory.participants.set(participant.id, participant);
      const hash = hashes.get(participant.id);
      if (hash) memory.byToken.set(hash, participant);
    }
    for (const attempt of attempts)
      memory.attempts.set(attempt.id, { ...attempt, choices: [...attempt.choices] });
    return memory;
  }

  joined(participant: Participant, token: string): void {
    this.participants.set(participant.id, participant);
    this.byToken.set(hashSecret(token), participant);
  }

  participantByToken(token: string): Participant | null {
    return this.byToken.get(hashSecret(token)) ?? null;
  }

  started(attempt: AttemptRow): HeldAttempt {
    const held = this.attempts.get(attempt.id);
    if (held) return held;
    const fresh = { ...attempt, choices: [] };
    this.attempts.set(attempt.id, fresh);
    return fresh;
  }

  /** One more turn, after the database stored it; the ending too when it ended the conversation. */
  turned(id: string, option: string, ended: { ending: string; outcome: string } | null): void {
    const held = this.attempts.get(id);
    if (!held) return;
    const next = { ...held, choices: [...held.choices, option] };
    this.attempts.set(id, ended ? { ...next, ...ended } : next);
  }

  attempt(id: string): HeldAttempt | null {
    return this.attempts.get(id) ?? null;
  }

  attemptsOf(participantId: string): HeldAttempt[] {
    return [...this.attempts.values()].filter((attempt) => attempt.participantId === participantId);
  }

  everything(): { participants: Participant[]; attempts: HeldAttempt[] } {
    return { participants: [...this.participants.values()], attempts: [...this.attempts.values()] };
  }

  clear(): void {
    this.byToken.clear();
    this.participants.clear();
    this.attempts.clear();
  }
}
