import type { Transcript } from '@rapport/engine';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { Briefing } from '../briefing/briefing';
import { Conversation } from '../conversation/conversation';
import { Debrief } from '../debrief/debrief';
import { type Attempt, newAttemptId } from '../history/attempt';
import { HistoryPage } from '../history/history-page';
import { readHistory, writeHistory } from '../history/history-store';
import { Library } from '../library/library';
import { type Catalog, findScenario } from '../scenarios/catalog';
import { hrefOf, type Route } from './route';
import { ScreenHeading } from './screen-heading';
import { navigate, useHashRoute } from './use-hash-route';

// Its own chunk: participants never download the facilitator's tools.
const FacilitatorPage = lazy(() => import('../facilitator/index'));

export type Props = { readonly catalog: Catalog };

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

function Screen({
  route,
  catalog,
  attempts,
  onFinish,
}: {
  readonly route: Route;
  readonly catalog: Catalog;
  readonly attempts: readonly Attempt[];
  readonly onFinish: (transcript: Transcript) => void;
}): React.JSX.Element {
  switch (route.name) {
    case 'library':
      return <Library catalog={catalog} attempts={attempts} />;
    case 'history':
      return <HistoryPage attempts={attempts} />;
    case 'facilitator':
      return (
        <Suspense fallback={<p role="status">Loading the facilitator page…</p>}>
          <FacilitatorPage />
        </Suspense>
      );
    case 'briefing':
    case 'play': {
      const scenario = findScenario(catalog, route.id);
      if (!scenario) return <NotFound what={`There is no scenario called “${route.id}”.`} />;
      if (route.name === 'briefing') {
        return (
          <Briefing
            scenario={scenario}
            onStart={(mode) => navigate(hrefOf({ name: 'play', id: scenario.id, mode }))}
          />
        );
      }
      return (
        <Conversation
          key={`${scenario.id}-${route.mode}`}
          scenario={scenario}
          mode={route.mode}
          onFinish={onFinish}
        />
      );
    }
    case 'debrief': {
      const attempt = attempts.find((a) => a.id === route.attempt);
      if (!attempt) return <NotFound what="That attempt is not in this browser's history." />;
      return (
        <Debrief
          attempt={attempt}
          scenario={findScenario(catalog, attempt.transcript.scenario.id)}
        />
      );
    }
    case 'not-found':
      return <NotFound what={`Nothing lives at “${route.hash}”.`} />;
  }
}

/** The trainer: a header, a notice when storage misbehaves, and the screen the hash names. */
export function App({ catalog }: Props): React.JSX.Element {
  const route = useHashRoute();
  const [history, setHistory] = useState(() => readHistory());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [noticeHidden, setNoticeHidden] = useState(false);

  const attemptsRef = useRef(history.attempts);
  attemptsRef.current = history.attempts;
  const finish = useCallback((transcript: Transcript) => {
    const attempt: Attempt = {
      id: newAttemptId(),
      savedAt: new Date().toISOString(),
      transcript,
    };
    const attempts = [...attemptsRef.current, attempt];
    setSaveError(writeHistory(attempts));
    setHistory((previous) => ({ ...previous, attempts }));
    navigate(hrefOf({ name: 'debrief', attempt: attempt.id }));
  }, []);

  const notice = saveError ?? (noticeHidden ? null : history.notice);
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
          <a
            href={hrefOf({ name: 'facilitator' })}
            aria-current={route.name === 'facilitator' ? 'page' : undefined}
          >
            Facilitator
          </a>
        </nav>
      </header>
      <main id="main">
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
        <Screen route={route} catalog={catalog} attempts={history.attempts} onFinish={finish} />
      </main>
    </>
  );
}
