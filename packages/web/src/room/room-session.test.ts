import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoomSession } from './room-session';

type Sent = { method: string; path: string; body: unknown; token: string | null };

/** A room that answers as the server does, and can be taken off the network. */
function fakeRoom() {
  const sent: Sent[] = [];
  const state = { online: true, refuse: null as string | null };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit = {}) => {
      if (!state.online) throw new TypeError('Failed to fetch');
      const headers = (init.headers ?? {}) as Record<string, string>;
      const body = init.body ? JSON.parse(String(init.body)) : undefined;
      sent.push({
        method: init.method ?? 'GET',
        path,
        body,
        token: headers.authorization?.replace('Bearer ', '') ?? null,
      });
      if (path === '/api/join') {
        return new Response(
          JSON.stringify({ token: 'tok-1', participant: { id: 'p1', name: body.name } }),
          { status: 201 },
        );
      }
      if (state.refuse && path.endsWith('/turns')) {
        return new Response(JSON.stringify({ error: state.refuse }), { status: 422 });
      }
      return new Response(JSON.stringify({ stored: true }), { status: 201 });
    }),
  );
  return { sent, state };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await settle();
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a participant in a room', () => {
  it('sends the start, then each turn once and in order, and remembers who they are', async () => {
    const { sent } = fakeRoom();
    const session = RoomSession.restore();
    await session.join('Ada');
    const attempt = { scenarioId: 'two-roads', seed: 5, mode: 'coach' as const };
    session.report('two-roads|5|t0', attempt, []);
    session.report('two-roads|5|t0', attempt, ['ask']);
    session.report('two-roads|5|t0', attempt, ['ask', 'listen']);
    await until(() => session.status().synced);
    const posts = sent.filter((s) => s.method === 'POST' && s.path !== '/api/join');
    expect(posts.map((s) => [s.path.replace(/[0-9a-f]{24}/, 'ID'), s.body])).toEqual([
      [
        '/api/attempts',
        { id: expect.any(String), scenarioId: 'two-roads', seed: 5, mode: 'coach' },
      ],
      ['/api/attempts/ID/turns', { turn: 0, option: 'ask' }],
      ['/api/attempts/ID/turns', { turn: 1, option: 'listen' }],
    ]);
    expect(posts.every((s) => s.token === 'tok-1')).toBe(true);
    // A reload: the same participant, and nothing sent twice.
    const again = RoomSession.restore();
    expect(again.who?.token).toBe('tok-1');
    again.report('two-roads|5|t0', attempt, ['ask', 'listen']);
    await settle();
    expect(sent.filter((s) => s.path.endsWith('/turns'))).toHaveLength(2);
  });

  it('keeps what it could not send while offline, across a reload, and sends it when back', async () => {
    const { sent, state } = fakeRoom();
    const session = RoomSession.restore();
    await session.join(null);
    state.online = false;
    session.report('k', { scenarioId: 's', seed: 1, mode: 'assess' }, ['a', 'b']);
    await until(() => session.status().waiting === 3);
    expect(session.status()).toEqual({ synced: false, waiting: 3, problem: null });
    // The tab is reloaded while offline: the outbox is still there.
    const reloaded = RoomSession.restore();
    expect(reloaded.status().waiting).toBe(3);
    state.online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => reloaded.status().synced);
    expect(sent.filter((s) => s.path.startsWith('/api/attempts'))).toHaveLength(3);
  });

  it('says so when the room refuses a turn, and goes on with the rest', async () => {
    const { state } = fakeRoom();
    const session = RoomSession.restore();
    await session.join('Bo');
    state.refuse = 'option "x" is not offered at "opening" on this path';
    session.report('k2', { scenarioId: 's', seed: 1, mode: 'coach' }, ['x']);
    await until(() => session.status().synced);
    expect(session.status().problem).toBe(
      'The room did not accept a turn: option "x" is not offered at "opening" on this path',
    );
  });
});
