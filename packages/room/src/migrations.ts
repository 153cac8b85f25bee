import type { Database } from './db.js';

/**
 * The room's schema, one step per version, applied in order and recorded in rapport_migrations.
 * A step is never edited once released: a change is a new step.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE participants (
     id text PRIMARY KEY,
     token_hash text NOT NULL UNIQUE,
     name text,
     joined_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE attempts (
     id text PRIMARY KEY,
     participant_id text NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
     scenario_id text NOT NULL,
     seed bigint NOT NULL,
     mode text NOT NULL,
     started_at timestamptz NOT NULL DEFAULT now(),
     ending text,
     outcome text
   );
   CREATE INDEX attempts_by_participant ON attempts (participant_id);
   CREATE TABLE turns (
     attempt_id text NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
     turn integer NOT NULL,
     option_id text NOT NULL,
     stored_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (attempt_id, turn)
   );
   CREATE TABLE room_settings (
     name text PRIMARY KEY,
     value text NOT NULL
   );`,
];

/** Brings the database up to the newest schema; safe to run on every start. */
export async function migrate(db: Database): Promise<number> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS rapport_migrations (
       version integer PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const rows = await db.query<{ version: number }>(
    'SELECT COALESCE(MAX(version), 0)::int AS version FROM rapport_migrations',
  );
  const current = rows[0]?.version ?? 0;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `the room's data is at schema version ${current}, newer than this rapport (${MIGRATIONS.length}): update rapport`,
    );
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    await db.transaction(async (query) => {
      for (const statement of (MIGRATIONS[version - 1] as string).split(';')) {
        if (statement.trim()) await query(statement);
      }
      await query('INSERT INTO rapport_migrations (version) VALUES ($1)', [version]);
    });
  }
  return MIGRATIONS.length;
}
