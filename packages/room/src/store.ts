import type { Database } from './db.js';
import { hashSecret, newId, newSecret } from './keys.js';

export type Participant = { readonly id: string; readonly name: string | null };
export type AttemptRow = {
  readonly id: string;
  readonly participantId: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly mode: string;
  readonly startedAt: string;
  readonly ending: string | null;
  readonly outcome: string | null;
};

type AttemptRecord = {
  id: string;
  participant_id: string;
  scenario_id: string;
  /** bigint: a seed runs to 2^32 - 1; drivers hand it back as a string or a BigInt. */
  seed: number | string | bigint;
  mode: string;
  started_at: Date | string;
  ending: string | null;
  outcome: string | null;
};

const toAttempt = (row: AttemptRecord): AttemptRow => ({
  id: row.id,
  participantId: row.participant_id,
  scenarioId: row.scenario_id,
  seed: Number(row.seed),
  mode: row.mode,
  startedAt: new Date(row.started_at).toISOString(),
  ending: row.ending,
  outcome: row.outcome,
});

/** What the room keeps: participants, their attempts, and each attempt's choices in turn order. */
export class RoomStore {
  constructor(private readonly db: Database) {}

  async join(name: string | null): Promise<{ participant: Participant; token: string }> {
    const id = newId();
    const token = newSecret();
    await this.db.query('INSERT INTO participants (id, token_hash, name) VALUES ($1, $2, $3)', [
      id,
      hashSecret(token),
      name,
    ]);
    return { participant: { id, name }, token };
  }

  /** Each participant's token hash, to rebuild the room's memory on a restart. */
  async tokenHashes(): Promise<Map<string, string>> {
    const rows = await this.db.query<{ id: string; token_hash: string }>(
      'SELECT id, token_hash FROM participants',
    );
    return new Map(rows.map((row) => [row.id, row.token_hash]));
  }

  /**
   * Starts an attempt with the id the participant's trainer chose (so a retried start, or one
   * made offline and sent later, is stored once). Returns the stored attempt, which may belong to
   * someone else when the id is taken: the caller checks.
   */
  async startAttempt(attempt: {
    id: string;
    participantId: string;
    scenarioId: string;
    seed: number;
    mode: string;
  }): Promise<AttemptRow> {
    await this.db.query(
      `INSERT INTO attempts (id, participant_id, scenario_id, seed, mode)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [attempt.id, attempt.participantId, attempt.scenarioId, attempt.seed, attempt.mode],
    );
    return (await this.attempt(attempt.id)) as AttemptRow;
  }

  async attempt(id: string): Promise<AttemptRow | null> {
    const rows = await this.db.query<AttemptRecord>('SELECT * FROM attempts WHERE id = $1', [id]);
    return rows[0] ? toAttempt(rows[0]) : null;
  }

  /**
   * Stores one turn and, when it ended the conversation, the ending, in one transaction. Returns
   * false when that turn was already stored (a retry), so it is never stored twice.
   */
  async addTurn(
    attemptId: string,
    turn: number,
    optionId: string,
    ended: { ending: string; outcome: string } | null,
  ): Promise<boolean> {
    return this.db.transaction(async (query) => {
      const inserted = await query(
        `INSERT INTO turns (attempt_id, turn, option_id) VALUES ($1, $2, $3)
         ON CONFLICT (attempt_id, turn) DO NOTHING RETURNING turn`,
        [attemptId, turn, optionId],
      );
      if (inserted.length === 0) return false;
      if (ended) {
        await query('UPDATE attempts SET ending = $2, outcome = $3 WHERE id = $1', [
          attemptId,
          ended.ending,
          ended.outcome,
        ]);
      }
      return true;
    });
  }

  /** Everything in the room, for the live view and the export. */
  async everything(): Promise<{
    participants: Participant[];
    attempts: (AttemptRow & { choices: string[] })[];
  }> {
    const participants = await this.db.query<{ id: string; name: string | null }>(
      'SELECT id, name FROM participants ORDER BY joined_at, id',
    );
    const attempts = (
      await this.db.query<AttemptRecord>('SELECT * FROM attempts ORDER BY started_at, id')
    ).map(toAttempt);
    const turns = await this.db.query<{ attempt_id: string; option_id: string }>(
      'SELECT attempt_id, option_id FROM turns ORDER BY attempt_id, turn',
    );
    const byAttempt = new Map<string, string[]>();
    for (const row of turns) {
      const list = byAttempt.get(row.attempt_id) ?? [];
      list.push(row.option_id);
      byAttempt.set(row.attempt_id, list);
    }
    return {
      participants,
      attempts: attempts.map((attempt) => ({
        ...attempt,
        choices: byAttempt.get(attempt.id) ?? [],
      })),
    };
  }

  async counts(): Promise<{ participants: number; attempts: number; turns: number }> {
    const rows = await this.db.query<{ p: number; a: number; t: number }>(
      `SELECT (SELECT count(*)::int FROM participants) AS p,
              (SELECT count(*)::int FROM attempts) AS a,
              (SELECT count(*)::int FROM turns) AS t`,
    );
    const row = rows[0] ?? { p: 0, a: 0, t: 0 };
    return { participants: row.p, attempts: row.a, turns: row.t };
  }

  /**
   * The facilitator key: made once, on the room's first start, and kept with the room's data, so
   * a restarted room keeps the key the facilitator's browser already holds.
   */
  async facilitatorKey(): Promise<string> {
    await this.db.query(
      `INSERT INTO room_settings (name, value) VALUES ('facilitator_key', $1)
       ON CONFLICT (name) DO NOTHING`,
      [newSecret()],
    );
    const rows = await this.db.query<{ value: string }>(
      "SELECT value FROM room_settings WHERE name = 'facilitator_key'",
    );
    return (rows[0] as { value: string }).value;
  }

  /** Deletes every participant, attempt and turn: the room's data, gone. */
  async deleteAll(): Promise<void> {
    await this.db.transaction(async (query) => {
      await query('DELETE FROM turns');
      await query('DELETE FROM attempts');
      await query('DELETE FROM participants');
    });
  }
}
