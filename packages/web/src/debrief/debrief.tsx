import {
  describeBand,
  endingReason,
  FIGURE_LABELS,
  formatFigure,
  MITI_DISCLAIMER,
  MOVES,
  type Scenario,
  type Turn,
} from '@rapport/engine';
import { useEffect, useMemo, useState } from 'react';
import { hrefOf } from '../app/route';
import { ScreenHeading } from '../app/screen-heading';
import { describeChanges } from '../conversation/meter-delta';
import { TurnList } from '../conversation/turn-list';
import type { Attempt } from '../history/attempt';
import { ExportButtons } from '../history/export-buttons';
import { OUTCOME_LABELS } from '../history/outcome';
import { alternativesAt } from '../what-if/branch';
import { WhatIfPanel } from '../what-if/what-if-panel';
import { Annotation, whatIfButtonId } from './annotation';
import { debriefOf } from './debrief-of';
import { FiguresTable, NOT_SCORED } from './figures-table';
import { markedTurningPoints, seriesOf } from './meter-series';
import { takeawayOf } from './takeaway';
import { TrajectoryChart } from './trajectory-chart';

/** "resistance −19 to 52, trust +5 to 40": what a turning point did, each meter with its direction. */
function turningText(turn: Turn | undefined): string {
  if (!turn) return '';
  const text = describeChanges(turn, true);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Whether the screen is wider than a phone, read once: on a phone the long parts of the debrief
 * (every figure, every turn) start folded so its first screens tell the story. Printing opens them.
 */
function useWide(): boolean {
  const [wide] = useState(
    () =>
      typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 40rem)').matches,
  );
  useEffect(() => {
    const open = (): void => {
      for (const fold of document.querySelectorAll<HTMLDetailsElement>('details.fold'))
        fold.open = true;
    };
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  return wide;
}

export type Props = {
  readonly attempt: Attempt;
  /** The bundled scenario, when it still exists: needed for what-if replay and the best option. */
  readonly scenario: Scenario | undefined;
  /** False when the browser refused to save this attempt: the debrief offers the export. */
  readonly kept?: boolean;
};

/** The debrief: outcome, figures, trajectory, annotated transcript and what-if replay. */
export function Debrief({ attempt, scenario, kept = true }: Props): React.JSX.Element {
  const { transcript } = attempt;
  const debrief = useMemo(() => debriefOf(scenario, transcript), [scenario, transcript]);
  const reason = useMemo(
    () => (scenario ? endingReason(scenario, transcript) : undefined),
    [scenario, transcript],
  );
  const [whatIf, setWhatIf] = useState<number | null>(null);
  const ending = transcript.ending;
  const stakeholder = scenario?.stakeholder.name ?? 'They';
  const weakest = debrief.weakestTurn;
  const series = useMemo(() => seriesOf(transcript), [transcript]);
  const wide = useWide();
  const marks = useMemo(() => markedTurningPoints(debrief, transcript), [debrief, transcript]);

  return (
    <div className="debrief">
      <ScreenHeading focusKey={`debrief-${attempt.id}`}>
        Debrief: {transcript.scenario.title}
      </ScreenHeading>
      {kept ? null : (
        <div className="notice not-kept" role="alert">
          <p>
            This attempt is not kept in this browser (its storage is blocked or full). Export it to
            keep it: the JSON file opens again in the trainer and in the terminal.
          </p>
          <ExportButtons transcript={transcript} />
        </div>
      )}
      <section className={`outcome outcome-${ending?.outcome ?? 'none'}`} aria-labelledby="outcome">
        <h2 id="outcome">
          {ending ? `${OUTCOME_LABELS[ending.outcome]}: ${ending.title}` : 'Not finished'}
        </h2>
        <p className="takeaway">{takeawayOf(debrief, transcript)}</p>
        {ending ? <p>{ending.text}</p> : null}
        {reason ? <p className="ending-reason">Why this ending: {reason}</p> : null}
        <p className="hint">
          {transcript.mode === 'coach' ? 'Coach mode' : 'Assessment mode'}, {debrief.turns} turns
          {transcript.finishedAt ? `, ${new Date(transcript.finishedAt).toLocaleString()}` : ''}
        </p>
      </section>

      <section aria-labelledby="trajectory">
        <h2 id="trajectory">
          How {stakeholder === 'They' ? 'they' : stakeholder} moved, turn by turn
        </h2>
        <TrajectoryChart series={series} marks={marks} />
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures">How you did</h2>
        <ul className="headline-figures">
          {(['listeningRatio', 'reflectionToQuestion', 'complexReflections'] as const).map(
            (figure) => {
              const value = debrief[figure];
              return (
                <li key={figure}>
                  <span className="headline-label">{FIGURE_LABELS[figure]}</span>{' '}
                  <strong>
                    {formatFigure(
                      figure,
                      value.value,
                      figure === 'reflectionToQuestion' ? debrief.reflectionToQuestion : undefined,
                    )}
                  </strong>{' '}
                  <span className={`band band-${value.band ?? 'none'}`}>
                    {value.applies ? describeBand(value.band) : NOT_SCORED}
                  </span>
                </li>
              );
            },
          )}
        </ul>
        <p className="disclaimer">{MITI_DISCLAIMER}</p>
        {/* Folded on every screen: the three figures above are the story; the rest on demand. */}
        <details className="fold">
          <summary>All the figures, with how each is judged</summary>
          <FiguresTable debrief={debrief} />
        </details>
      </section>

      <section aria-labelledby="turning">
        <h2 id="turning">Turning points</h2>
        {debrief.turningPoints.length === 0 ? (
          <p>No single turn moved the meters much: the conversation shifted gradually.</p>
        ) : (
          <ul>
            {debrief.turningPoints.map((point) => (
              <li key={point.turn}>
                Turn {point.turn}: {MOVES[point.move].label.toLowerCase()},{' '}
                {turningText(transcript.turns[point.turn - 1])}.
              </li>
            ))}
          </ul>
        )}
        {weakest ? (
          <div className="weakest">
            <h3>Your weakest turn: turn {weakest.turn}</h3>
            <p>You chose {MOVES[weakest.move].label.toLowerCase()}.</p>
            {weakest.best === null ? (
              <p>
                {scenario
                  ? 'No better option was on offer there.'
                  : 'The scenario is no longer bundled, so the best option there cannot be worked out.'}
              </p>
            ) : weakest.best.option === weakest.option ? (
              <p>That was already the best option on offer there.</p>
            ) : (
              <>
                <p>The best option on offer there was:</p>
                <blockquote className="best-option">{weakest.best.text}</blockquote>
                <p>{weakest.best.why}</p>
              </>
            )}
          </div>
        ) : null}
      </section>

      <div className="debrief-body">
        <section aria-labelledby="transcript">
          <h2 id="transcript">The conversation, move by move</h2>
          <details className="fold" open={wide}>
            <summary>
              All {transcript.turns.length} turns, with what you could have said instead
            </summary>
            <TurnList
              turns={transcript.turns}
              stakeholder={stakeholder}
              label="Your conversation"
              annotate={(turn) => (
                <Annotation
                  turn={turn}
                  onWhatIf={
                    scenario && alternativesAt(scenario, turn, transcript.seed).length > 0
                      ? () => setWhatIf(turn.index)
                      : undefined
                  }
                />
              )}
            />
          </details>
          {scenario ? null : (
            <p className="notice">
              This scenario is no longer bundled, so what-if replay is not available for it.
            </p>
          )}
        </section>
        {scenario && whatIf !== null ? (
          <aside className="what-if-side" aria-label="What-if replay">
            <WhatIfPanel
              scenario={scenario}
              original={transcript}
              fromTurn={whatIf}
              onClose={() => {
                const opener = whatIf;
                setWhatIf(null);
                // The panel and its focus are gone: back to the button that opened it.
                requestAnimationFrame(() =>
                  document.getElementById(whatIfButtonId(opener))?.focus(),
                );
              }}
            />
          </aside>
        ) : null}
      </div>

      <div className="actions no-print">
        {scenario ? (
          <a className="button primary" href={hrefOf({ name: 'briefing', id: scenario.id })}>
            Retry this scenario
          </a>
        ) : null}
        <ExportButtons transcript={transcript} />
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
        <a href={hrefOf({ name: 'history' })}>All attempts</a>
      </div>
    </div>
  );
}
