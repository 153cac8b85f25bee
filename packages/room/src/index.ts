import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Scenario } from '@rapport/engine';
import { type Database, DatabaseError, openEmbedded, openServer } from './db.js';
import { RoomMemory } from './memory.js';
import { migrate } from './migrations.js';
import { createRoomServer } from './server.js';
import { RoomStore } from './store.js';

export { DatabaseError, openEmbedded, openServer, redact } from './db.js';
export type { LiveSnapshot } from './live-types.js';
export { migrate } from './migrations.js';
export { createRoomServer } from './server.js';
export { RoomStore } from './store.js';

export type RoomOptions = {
  readonly scenarios: readonly Scenario[];
  /** The embedded database's folder (used when no `database` is given). */
  readonly data?: string;
  /** A Postgres server's address, postgres://user:password@host:port/db. */
  readonly database?: string;
  readonly port?: number;
  /** The address to listen on: 0.0.0.0 (the local network) unless told otherwise. */
  readonly host?: string;
  readonly webRoot?: string;
  readonly log?: (line: string) => void;
};

export type Room = {
  /** The address this machine answers on, and the ones other devices on the network can use. */
  readonly local: string;
  readonly network: readonly string[];
  readonly port: number;
  readonly facilitatorKey: string;
  readonly where: string;
  readonly store: RoomStore;
  readonly close: () => Promise<void>;
};

/** The addresses other devices on the local network can reach this machine at. */
function networkAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal)
        addresses.push(`http://${entry.address}:${port}/`);
    }
  }
  return addresses;
}

/** Opens the room's database, brings its schema up to date and starts serving. */
export async function openRoom(options: RoomOptions): Promise<Room> {
  let db: Database;
  if (options.database) db = await openServer(options.database);
  else if (options.data) db = await openEmbedded(options.data);
  else
    throw new DatabaseError('say where the room keeps its data: a folder, or a Postgres address');
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw new DatabaseError(
      `cannot prepare the room's data in ${db.where}: ${(error as Error).message}`,
    );
  }
  const store = new RoomStore(db);
  const facilitatorKey = await store.facilitatorKey();
  const memory = await RoomMemory.load(store);
  const host = options.host ?? '0.0.0.0';
  const room = createRoomServer({
    scenarios: options.scenarios,
    store,
    memory,
    facilitatorKey,
    webRoot: options.webRoot,
    log: options.log,
  });
  await new Promise<void>((done, fail) => {
    room.server.once('error', fail);
    room.server.listen(options.port ?? 0, host, () => {
      room.server.off('error', fail);
      done();
    });
  }).catch(async (error: NodeJS.ErrnoException) => {
    await db.close().catch(() => {});
    if (error.code === 'EADDRINUSE') {
      throw new DatabaseError(`port ${options.port} is in use: choose another with --port`);
    }
    throw error;
  });
  const { port } = room.server.address() as AddressInfo;
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  return {
    local: `http://${loopback ? host : '127.0.0.1'}:${port}/`,
    network: loopback
      ? []
      : host === '0.0.0.0'
        ? networkAddresses(port)
        : [`http://${host}:${port}/`],
    port,
    facilitatorKey,
    where: db.where,
    store,
    close: async () => {
      await room.close();
      await db.close();
    },
  };
}
