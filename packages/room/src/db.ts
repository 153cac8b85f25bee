/**
 * The room's database: an embedded PGlite (Postgres compiled to WebAssembly, in a folder of its
 * own) or an organisation's Postgres server. Both take the same SQL, so one schema and one set of
 * migrations serve both.
 */
export type Row = Record<string, unknown>;

export type Database = {
  /** Where the data lives, for messages: a folder, or the server's address without a password. */
  readonly where: string;
  readonly query: <T extends Row = Row>(sql: string, params?: readonly unknown[]) => Promise<T[]>;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  readonly transaction: <T>(work: (query: Database['query']) => Promise<T>) => Promise<T>;
  readonly close: () => Promise<void>;
};

/** A database the room cannot use, said in words a facilitator can act on. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}

export async function openEmbedded(dir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    throw new DatabaseError(`cannot open the room's data in ${dir}: ${reason(error)}`);
  }
  // PGlite runs one statement at a time on one connection: transactions are serialised here.
  const query: Database['query'] = async (sql, params = []) =>
    (await db.query(sql, params as unknown[])).rows as never;
  return {
    where: dir,
    query,
    transaction: (work) =>
      db.transaction((tx) =>
        work(async (sql, params = []) => (await tx.query(sql, params as unknown[])).rows as never),
      ),
    close: () => db.close(),
  };
}

export async function openServer(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const where = redact(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not take the room down; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseError(`cannot reach the Postgres server at ${where}: ${reason(error)}`);
  }
  const query: Database['query'] = async (sql, params = []) =>
    (await pool.query(sql, params as unknown[])).rows as never;
  return {
    where,
    query,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(
          async (sql, params = []) => (await client.query(sql, params as unknown[])).rows as never,
        );
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The address of a Postgres server with any password taken out, for messages and logs. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the given address';
  }
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}
