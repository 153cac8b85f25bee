import { formatFigure } from '@rapport/engine';
import { useEffect, useRef, useState } from 'react';
import { hrefOf } from '../app/route';
import { ScreenHeading } from '../app/screen-heading';
import type { Attempt } from './attempt';
import { ExportButtons } from './export-buttons';
import { listeningRatioOf, OUTCOME_LABELS } from './outcome';

type ListProps = { readonly attempts: readonly Attempt[] };

export type Props = ListProps & {
  /** Forgets every attempt kept in this browser; returns why it could not, or null. */
  readonly onClear?: () => string | null;
};

/**
 * Clear history, for a shared workshop laptop: a button, then a plain question with the count,
 * and only "Yes" deletes. Focus moves into the question and back to the button on "Keep".
 */
function ClearHistory({
  count,
  onClear,
}: {
  readonly count: number;
  readonly onClear: () => string | null;
}): React.JSX.Element {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (returnFocus.current) button.current?.focus();
  }, [asking]);
  const attempts = count === 1 ? '1 attempt' : `${count} attempts`;
  return (
    <section className="clear-history no-print" aria-labelledby="clear-heading">
      <h2 id="clear-heading" className="small-heading">
        Shared computer?
      </h2>
      {asking ? (
        <div className="confirm">
          <p id="clear-question" ref={question} tabIndex={-1}>
            Delete all {attempts} and any conversation in progress from this browser? This cannot be
            undone; export anything you want to keep first.
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              const problem = onClear();
              setError(problem);
              if (problem === null) setAsking(false);
            }}
          >
            Yes, delete {attempts}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              returnFocus.current = true;
              setAsking(false);
            }}
          >
            Keep them
          </button>
        </div>
      ) : (
        <button ref={button} type="button" className="secondary" onClick={() => setAsking(true)}>
          Clear history…
        </button>
      )}
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function progressText(attempts: readonly Attempt[]): string {
  const ratios = attempts.map(listeningRatioOf).filter((r): r is number => r !== null);
  const first = ratios[0];
  const last = ratios.at(-1);
  if (first === undefined || last === undefined || ratios.length < 2) {
    return `${attempts.length} ${attempts.length === 1 ? 'attempt' : 'attempts'} so far.`;
  }
  const trend = last > first ? 'up' : last < first ? 'down' : 'unchanged';
  return `Listening ratio ${trend}: ${formatFigure('listeningRatio', first)} on your first attempt, ${formatFigure('listeningRatio', last)} on your latest (${attempts.length} attempts).`;
}

/** Listening ratio per attempt as bars, each labelled in words, so progress shows at a glance. */
function ProgressBars({ attempts }: ListProps): React.JSX.Element {
  return (
    <ol className="progress" aria-label="Listening ratio by attempt">
      {attempts.map((attempt, i) => {
        const ratio = listeningRatioOf(attempt);
        const outcome = attempt.transcript.ending?.outcome;
        return (
          <li key={attempt.id}>
            <span className="progress-label">
              Attempt {i + 1}: {formatFigure('listeningRatio', ratio)},{' '}
              {outcome ? OUTCOME_LABELS[outcome].toLowerCase() : 'unfinished'}
            </span>
            <span className="progress-track" aria-hidden="true">
              <span
                className="progress-bar"
                style={{ width: `${Math.round((ratio ?? 0) * 100)}%` }}
              />
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function ScenarioHistory({ attempts }: ListProps): React.JSX.Element | null {
  const first = attempts[0];
  if (!first) return null;
  const { id, title } = first.transcript.scenario;
  return (
    <section aria-labelledby={`history-${id}`} className="history-scenario">
      <h2 id={`history-${id}`}>{title}</h2>
      <p>{progressText(attempts)}</p>
      {attempts.length > 1 ? <ProgressBars attempts={attempts} /> : null}
      <div className="table-scroll">
        <table className="attempts">
          <caption className="visually-hidden">Your attempts at {title}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Mode</th>
              <th scope="col">Outcome</th>
              <th scope="col">Listening ratio</th>
              <th scope="col">Turns</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt, i) => {
              const outcome = attempt.transcript.ending?.outcome;
              return (
                <tr key={attempt.id}>
                  <th scope="row">
                    <span className="row-label">Attempt </span>
                    {i + 1}
                  </th>
                  <td data-label="When">{new Date(attempt.savedAt).toLocaleString()}</td>
                  <td data-label="Mode">
                    {attempt.transcript.mode === 'coach' ? 'Coach' : 'Assessment'}
                  </td>
                  <td data-label="Outcome">{outcome ? OUTCOME_LABELS[outcome] : 'unfinished'}</td>
                  <td data-label="Listening ratio">
                    {formatFigure('listeningRatio', listeningRatioOf(attempt))}
                  </td>
                  <td data-label="Turns">{attempt.transcript.turns.length}</td>
                  <td className="row-actions">
                    <a
                      href={hrefOf({ name: 'debrief', attempt: attempt.id })}
                      aria-label={`Debrief of attempt ${i + 1}`}
                    >
                      Debrief
                    </a>
                    <ExportButtons transcript={attempt.transcript} attempt={`attempt ${i + 1}`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every attempt kept in this browser, grouped by scenario, oldest first. */
export function HistoryPage({ attempts, onClear }: Props): React.JSX.Element {
  const [cleared, setCleared] = useState(false);
  const clearedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The list and the button are gone: focus the confirmation, not the page body.
    if (cleared) clearedRef.current?.focus();
  }, [cleared]);
  const clear = (): string | null => {
    const problem = onClear?.() ?? null;
    if (problem === null) setCleared(true);
    return problem;
  };
  const byScenario = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const id = attempt.transcript.scenario.id;
    byScenario.set(id, [...(byScenario.get(id) ?? []), attempt]);
  }
  return (
    <>
      <ScreenHeading focusKey="history">Your attempts</ScreenHeading>
      {cleared && attempts.length === 0 ? (
        <p className="notice" role="status" ref={clearedRef} tabIndex={-1}>
          Your history was cleared: this browser keeps no attempts now.
        </p>
      ) : null}
      {attempts.length === 0 ? (
        <p>
          No attempts yet. <a href={hrefOf({ name: 'library' })}>Choose a scenario</a> to start.
        </p>
      ) : (
        [...byScenario.values()].map((list) => (
          <ScenarioHistory key={list[0]?.transcript.scenario.id} attempts={list} />
        ))
      )}
      {onClear && attempts.length > 0 ? (
        <ClearHistory count={attempts.length} onClear={clear} />
      ) : null}
    </>
  );
}
