import { RoomRefusal, roomRequest } from './room-api';

/** One thing the trainer has told the room, or has yet to. */
export type Outbound =
  | {
      readonly kind: 'start';
      readonly id: string;
      readonly scenarioId: string;
      readonly seed: number;
      readonly mode: 'coach' | 'assess';
    }
  | { readonly kind: 'turn'; readonly id: string; readonly turn: number; readonly option: string };

export type SessionStatus = {
  /** Sent and stored by the room. */
  readonly synced: boolean;
  /** Waiting to be sent (offline, or the room did not answer). */
  readonly waiting: number;
  /** The last refusal, said plainly; null when none. */
  readonly problem: string | null;
};

export type Identity = { readonly token: string; readonly name: string | null };

const IDENTITY_KEY = 'rapport.room.identity.v1';
const OUTBOX_KEY = 'rapport.room.outbox.v1';
const REPORTED_KEY = 'rapport.room.reported.v1';

/** What the room has been told of one attempt: its id there, and how many turns were sent. */
type Reported = { readonly id: string; readonly sent: number };

function attemptId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Storage that may be blocked or full: the session then lives in memory only, and says so. */
function storage(): Storage | null {
  try {
    const store = window.localStorage;
    store.getItem(IDENTITY_KEY);
    return store;
  } catch {
    return null;
  }
}

function readJson<T>(key: string): T | null {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * A participant's link to the room: who they are (a token the room gave them) and an outbox of
 * starts and turns sent in order. The outbox is kept in the browser, so a reload, a lost network
 * or a closed tab loses nothing: what is waiting goes when the room can be reached again.
 */
export class RoomSession {
  private outbox: Outbound[];
  private sending = false;
  private problem: string | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(status: SessionStatus) => void>();
  readonly kept: boolean;

  constructor(private identity: Identity | null) {
    this.outbox = readJson<Outbound[]>(OUTBOX_KEY) ?? [];
    this.kept = storage() !== null;
    if (typeof window !== 'undefined') window.addEventListener('online', () => this.flush());
  }

  static restore(): RoomSession {
    return new RoomSession(readJson<Identity>(IDENTITY_KEY));
  }

  get who(): Identity | null {
    return this.identity;
  }

  async join(name: string | null): Promise<Identity> {
    const joined = await roomRequest<{ token: string; participant: { name: string | null } }>(
      'POST',
      '/api/join',
      { name },
    );
    this.identity = { token: joined.token, name: joined.participant.name };
    writeJson(IDENTITY_KEY, this.identity);
    this.flush();
    return this.identity;
  }

  /** Takes over the identity from a resume link (another device's). */
  adopt(token: string): void {
    this.identity = { token, name: null };
    writeJson(IDENTITY_KEY, this.identity);
  }

  /** A link that carries this participant to another device. */
  resumeLink(): string | null {
    if (!this.identity) return null;
    return `${location.origin}/#/room/resume?token=${encodeURIComponent(this.identity.token)}`;
  }

  status(): SessionStatus {
    return { synced: this.outbox.length === 0, waiting: this.outbox.length, problem: this.problem };
  }

  subscribe(listener: (status: SessionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    writeJson(OUTBOX_KEY, this.outbox);
    for (const listener of this.listeners) listener(this.status());
  }

  send(item: Outbound): void {
    this.outbox.push(item);
    this.changed();
    this.flush();
  }

  /** Sends what is waiting, oldest first; stops at the first failure and tries again later. */
  flush(): void {
    if (this.sending || !this.identity) return;
    this.sending = true;
    void this.drain().finally(() => {
      this.sending = false;
    });
  }

  private async drain(): Promise<void> {
    const token = this.identity?.token;
    if (!token) return;
    while (this.outbox.length > 0) {
      const item = this.outbox[0] as Outbound;
      try {
        if (item.kind === 'start') {
          const { kind: _, ...body } = item;
          await roomRequest('POST', '/api/attempts', body, token);
        } else {
          await roomRequest(
            'POST',
            `/api/attempts/${encodeURIComponent(item.id)}/turns`,
            { turn: item.turn, option: item.option },
            token,
          );
        }
        this.problem = null;
      } catch (error) {
        if (!(error instanceof RoomRefusal)) {
          // No answer, or the room could not store it: keep it, try again in a few seconds.
          this.problem = null;
          this.changed();
          if (this.retry) clearTimeout(this.retry);
          this.retry = setTimeout(() => this.flush(), 3000);
          return;
        }
        // Refused: sending it again would be refused again. Say so, and go on with the rest.
        this.problem = `The room did not accept a turn: ${error.message}`;
      }
      this.outbox.shift();
      this.changed();
    }
  }

  /**
   * Tells the room about an attempt as it goes: the start the first time it is seen, then every
   * choice not yet sent, in order. `key` names the attempt in this browser (scenario, seed and
   * start time); the room's id for it is kept beside the outbox, so a reload reports on.
   */
  report(
    key: string,
    attempt: { scenarioId: string; seed: number; mode: 'coach' | 'assess' },
    choices: readonly string[],
  ): void {
    const reported = readJson<Record<string, Reported>>(REPORTED_KEY) ?? {};
    let entry = reported[key];
    if (!entry) {
      entry = { id: attemptId(), sent: 0 };
      this.outbox.push({ kind: 'start', id: entry.id, ...attempt });
    }
    for (let turn = entry.sent; turn < choices.length; turn++) {
      this.outbox.push({ kind: 'turn', id: entry.id, turn, option: choices[turn] as string });
    }
    reported[key] = { id: entry.id, sent: Math.max(entry.sent, choices.length) };
    writeJson(REPORTED_KEY, reported);
    this.changed();
    this.flush();
  }

  /**
   * Takes over an attempt the room holds (one begun on another device): what was sent is known,
   * so only the choices made from here on are sent.
   */
  continueAttempt(attempt: import('./room-api').RoomAttempt): string {
    const key = `${attempt.scenarioId}|${attempt.seed}|${attempt.startedAt}`;
    const reported = readJson<Record<string, Reported>>(REPORTED_KEY) ?? {};
    reported[key] = { id: attempt.id, sent: attempt.choices.length };
    writeJson(REPORTED_KEY, reported);
    return key;
  }

  /** The attempts the room holds for this participant, for resuming on any device. */
  async attempts(): Promise<import('./room-api').RoomAttempt[]> {
    if (!this.identity) return [];
    const me = await roomRequest<{ attempts: import('./room-api').RoomAttempt[] }>(
      'GET',
      '/api/me',
      undefined,
      this.identity.token,
    );
    return me.attempts;
  }
}
