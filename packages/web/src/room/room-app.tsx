import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { App } from '../app/app';
import { ScreenHeading } from '../app/screen-heading';
import type { LibraryCatalog } from '../scenarios/library-catalog';
import { findRoom, type RoomListing } from './room-api';
import { roomCatalog } from './room-catalog';
import { RoomSession } from './room-session';

// The facilitator's view has its own chunk: participants never download it.
const LivePage = lazy(() => import('./live-page'));

function useHash(): string {
  return useSyncExternalStore(
    (change) => {
      window.addEventListener('hashchange', change);
      return () => window.removeEventListener('hashchange', change);
    },
    () => window.location.hash,
  );
}

function Join({
  session,
  onJoined,
}: {
  readonly session: RoomSession;
  readonly onJoined: () => void;
}): React.JSX.Element {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const join = async (chosen: string | null) => {
    setBusy(true);
    setProblem(null);
    try {
      await session.join(chosen);
      onJoined();
    } catch (error) {
      setProblem(
        error instanceof Error
          ? `The room did not let you in: ${error.message}`
          : 'The room could not be reached. Check the Wi-Fi and try again.',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main">
      <ScreenHeading focusKey="room-join">Join the room</ScreenHeading>
      <p>
        Your facilitator's room keeps each turn you play, so you can carry on from any device, and
        shows the room's choices together. Your display name is the only thing about you it keeps.
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void join(name.trim() === '' ? null : name.trim());
        }}
      >
        <label htmlFor="room-name">Display name (optional)</label>
        <input
          id="room-name"
          value={name}
          maxLength={40}
          autoComplete="nickname"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {name.trim() === '' ? 'Join anonymously' : 'Join'}
        </button>
      </form>
    </main>
  );
}

/** The trainer as a workshop room serves it: join first, then the room's scenarios only. */
export function RoomApp(): React.JSX.Element {
  const hash = useHash();
  const [session] = useState(() => RoomSession.restore());
  const [listing, setListing] = useState<RoomListing | null | 'unreachable'>(null);
  const [joined, setJoined] = useState(() => session.who !== null);
  const [catalog, setCatalog] = useState<LibraryCatalog | null>(null);

  useEffect(() => {
    let live = true;
    void findRoom().then((found) => {
      if (!live) return;
      setListing(found ?? 'unreachable');
      if (found) setCatalog(roomCatalog(found));
    });
    return () => {
      live = false;
    };
  }, []);

  // A resume link from another device: take its identity, then carry on where it was.
  const [resuming, setResuming] = useState<string | null>(null);
  useEffect(() => {
    if (!hash.startsWith('#/room/resume')) return;
    const token = new URLSearchParams(hash.split('?')[1] ?? '').get('token');
    if (!token) {
      window.location.hash = '#/';
      return;
    }
    session.adopt(token);
    setJoined(true);
    setResuming('Finding where you were…');
    void (async () => {
      try {
        const open = (await session.attempts()).filter((a) => a.outcome === null).at(-1);
        if (!open) {
          window.location.hash = '#/';
          return;
        }
        session.continueAttempt(open);
        const [{ browserStorage }, { writeInProgress }] = await Promise.all([
          import('../history/browser-storage'),
          import('../history/in-progress'),
        ]);
        writeInProgress(browserStorage(), {
          version: 1,
          scenario: open.scenarioId,
          mode: open.mode,
          seed: open.seed,
          choices: [...open.choices],
          startedAt: open.startedAt,
        });
        const mode = open.mode === 'assess' ? '&mode=assess' : '';
        window.location.hash = `#/play/${encodeURIComponent(open.scenarioId)}?seed=${open.seed}${mode}`;
      } catch {
        setResuming(
          'The room could not be reached to find where you were. Check the Wi-Fi and reload.',
        );
        return;
      }
      setResuming(null);
    })();
  }, [hash, session]);

  if (hash.startsWith('#/room/live')) {
    return (
      <main id="main">
        <Suspense fallback={<p role="status">Loading the live view…</p>}>
          <LivePage />
        </Suspense>
      </main>
    );
  }
  if (listing === 'unreachable') {
    return (
      <main id="main">
        <ScreenHeading focusKey="room-gone">The room cannot be reached</ScreenHeading>
        <p>
          This page came from a workshop room that does not answer now. Check the Wi-Fi, then
          reload.
        </p>
      </main>
    );
  }
  if (!listing || !catalog) return <p role="status">Opening the room…</p>;
  if (resuming) return <p role="status">{resuming}</p>;
  if (!joined) return <Join session={session} onJoined={() => setJoined(true)} />;
  return <App catalog={catalog} room={session} />;
}
