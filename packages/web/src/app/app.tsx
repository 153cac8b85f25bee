import type { Transcript } from '@rapport/engine';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { AttemptReport } from '../conversation/conversation';
import type { Attempt } from '../history/attempt';
import { newAttemptId } from '../history/attempt-id';
import type { HistoryRead } from '../history/history-store';
import type { ScoredAttempt } from '../history/outcome';
import { HISTORY_KEY, readSavedResults } from '../history/saved-results';
import { Library } from '../library/library';
import type { RoomSession } from '../room/room-session';
import { RoomStatus } from '../room/room-status';
import { findEntry, type LibraryCatalog } from '../scenarios/library-catalog';
import { LoadBoundary } from './load-boundary';
import { hrefOf, type Route } from './route';
import { ScreenHeading } from './screen-heading';
import type { TrainerRoute } from './trainer-screen';
import { navigate, useHashRoute } from './use-hash-route';

// The first page is the library, so it alone ships up front: the engine (with yaml, zod and
// xstate) and every other screen load when a route needs them. This file and what it imports
// must use the engine only for types, or the bundler pulls the engine into the first page.
const TrainerScreen = lazy(() => import('./trainer-screen'));
// Its own chunk: participants never download the facilitator's tools.
const FacilitatorPage = lazy(() => import('../facilitator/index'));

type HistoryStore = typeof import('../history/history-store');
/** The validated history, once history-store.ts (zod and the transcript schema) has loaded. */
type LoadedHistory = HistoryRead & { readonly store: HistoryStore };

export type Props = {
  readonly catalog: LibraryCatalog;
  /** In a workshop room: the participant's link to it, told of every turn as it is played. */
  readonly room?: RoomSession | undefined;
};

function NotFound({ what }: { readonly what: string }): React.JSX.Element {
  return (
    <>
      <ScreenHeading focusKey={`missing-${what}`}>Not found</ScreenHeading>
      <p>{what}</p>
      <p>
        <a href={hrefOf({ name: 'library' })}>Back to the library</a>
      </p>
    </>
  );
}

function Loading(): React.JSX.Element {
  return <p role="status">Loading…</p>;
}

function Screen({
  route,
  catalog,
  preview,
  history,
  onFinish,
  unsaved,
  onClear,
  onReport,
}: {
  readonly route: Route;
  readonly catalog: LibraryCatalog;
  /** What the library shows until the validated history is in. */
  readonly preview: readonly ScoredAttempt[];
  readonly history: LoadedHistory | null;
  readonly onFinish: (transcript: Transcript) => void;
  /** Attempts this visit finished that the browser refused to keep. */
  readonly unsaved: ReadonlySet<string>;
  readonly onClear: () => string | null;
  readonly onReport: ((report: AttemptReport) => void) | undefined;
}): React.JSX.Element {
  const trainer = (screen: TrainerRoute): React.JSX.Element =>
    history ? (
      <LoadBoundary resetKey={hrefOf(route)}>
        <Suspense fallback={<Loading />}>
          <TrainerScreen
            route={screen}
            attempts={history.attempts}
            kept={history.kept}
            unsaved={unsaved}
            onFinish={onFinish}
            onReport={onReport}
            onClear={onClear}
          />
        </Suspense>
      </LoadBoundary>
    ) : (
      <Loading />
    );
  switch (route.name) {
    case 'library':
      return <Library catalog={catalog} attempts={history?.attempts ?? preview} />;
    case 'history':
      return trainer({ name: 'history' });
    case 'facilitator':
      return (
        <LoadBoundary>
          <Suspense fallback={<p role="status">Loading the facilitator page…</p>}>
            <FacilitatorPage />
          </Suspense>
        </LoadBoundary>
      );
    case 'briefing':
    case 'play': {
      const entry = findEntry(catalog, route.id);
      if (!entry) return <NotFound what={`There is no scenario called “${route.id}”.`} />;
      return trainer(
        route.name === 'briefing'
          ? { name: 'briefing', entry }
          : {
              name: 'play',
              entry,
              mode: route.mode,
              seed: route.seed,
              words: route.words === true,
            },
      );
    }
    case 'debrief': {
      if (!history) return <Loading />;
      const attempt = history.attempts.find((a) => a.id === route.attempt);
      if (!attempt) return <NotFound what="That attempt is not in this browser's history." />;
      return trainer({
        name: 'debrief',
        attempt,
        entry: findEntry(catalog, attempt.transcript.scenario.id),
      });
    }
    case 'not-found':
      return <NotFound what={`Nothing lives at “${route.hash}”.`} />;
  }
}

/**
 * Whether this browser holds a saved history. Storage that cannot be read counts as holding
 * one, so the store loads at once and its notice says what is wrong.
 */
function historySaved(): boolean {
  try {
    return localStorage.getItem(HISTORY_KEY) !== null;
  } catch {
    return true;
  }
}

/** The trainer: a header, a notice when storage misbehaves, and the screen the hash names. */
export function App({ catalog, room }: Props): React.JSX.Element {
  const route = useHashRoute();
  const [preview] = useState(() => readSavedResults());
  const [history, setHistory] = useState<LoadedHistory | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [noticeHidden, setNoticeHidden] = useState(false);
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(() => new Set());

  // The store (zod and the transcript schema) is fetched after the first paint when there is a
  // history to validate, and otherwise only once a route past the library needs it: the library
  // page of a first visit loads nothing an empty history does not need. Once wanted, always.
  const [saved] = useState(historySaved);
  const wanted = useRef(saved);
  if (route.name !== 'library') wanted.current = true;
  const historyWanted = wanted.current;

  // Validate the whole history, setting damaged data aside with a notice.
  useEffect(() => {
    if (!historyWanted) return;
    let live = true;
    void import('../history/history-store').then(
      (store) => {
        if (live) setHistory({ store, ...store.readHistory() });
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        if (live)
          setSaveError(`Part of the trainer could not be loaded (${reason}). Reload the page.`);
      },
    );
    return () => {
      live = false;
    };
  }, [historyWanted]);

  const historyRef = useRef(history);
  historyRef.current = history;
  const finish = useCallback((transcript: Transcript) => {
    const loaded = historyRef.current;
    // A conversation only runs once the history has loaded (see Screen), so this always holds.
    if (!loaded) return;
    const attempt: Attempt = {
      id: newAttemptId(),
      savedAt: new Date().toISOString(),
      transcript,
    };
    const attempts = [...loaded.attempts, attempt];
    const error = loaded.store.writeHistory(attempts);
    // Kept in memory all the same, so the debrief opens and offers the export.
    if (error) setUnsaved((previous) => new Set([...previous, attempt.id]));
    // When storage is blocked the notice already said so; the debrief offers the export.
    if (loaded.kept) setSaveError(error);
    setHistory({ ...loaded, attempts });
    navigate(hrefOf({ name: 'debrief', attempt: attempt.id }));
  }, []);

  const clear = useCallback((): string | null => {
    const loaded = historyRef.current;
    if (!loaded) return null;
    const error = loaded.store.clearHistory();
    if (error === null) {
      setHistory({ ...loaded, attempts: [], notice: null });
      setUnsaved(new Set());
      setSaveError(null);
    }
    return error;
  }, []);

  const report = useCallback(
    (progress: AttemptReport) => {
      room?.report(
        `${progress.scenarioId}|${progress.seed}|${progress.startedAt}`,
        { scenarioId: progress.scenarioId, seed: progress.seed, mode: progress.mode },
        progress.choices,
      );
    },
    [room],
  );

  const notice = saveError ?? (noticeHidden ? null : (history?.notice ?? null));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header no-print">
        <a className="brand" href={hrefOf({ name: 'library' })}>
          Rapport
        </a>
        <nav aria-label="Main">
          <a
            href={hrefOf({ name: 'library' })}
            aria-current={route.name === 'library' ? 'page' : undefined}
          >
            Scenarios
          </a>
          <a
            href={hrefOf({ name: 'history' })}
            aria-current={route.name === 'history' ? 'page' : undefined}
          >
            History
          </a>
          {room ? null : (
            <a
              href={hrefOf({ name: 'facilitator' })}
              aria-current={route.name === 'facilitator' ? 'page' : undefined}
            >
              Facilitator
            </a>
          )}
        </nav>
      </header>
      <main id="main">
        {room ? <RoomStatus session={room} /> : null}
        {notice ? (
          <div className="notice" role="alert">
            <p>{notice}</p>
            {saveError ? null : (
              <button
                type="button"
                className="secondary small"
                onClick={() => setNoticeHidden(true)}
              >
                Dismiss
              </button>
            )}
          </div>
        ) : null}
        <Screen
          route={route}
          catalog={catalog}
          preview={preview}
          history={history}
          onFinish={finish}
          unsaved={unsaved}
          onClear={clear}
          onReport={room ? report : undefined}
        />
      </main>
    </>
  );
}
