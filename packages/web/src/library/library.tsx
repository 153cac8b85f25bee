// Nothing here may import the engine's code (types only): this screen is the first page, and the
// engine with yaml, zod and xstate loads later, when a route needs it (see app.tsx).
import { ScreenHeading } from '../app/screen-heading';
import {
  bestAttempt,
  listeningRatioOf,
  OUTCOME_LABELS,
  type ScoredAttempt,
} from '../history/outcome';
import type { LibraryCatalog, LibraryEntry } from '../scenarios/library-catalog';

export type Props = {
  readonly catalog: LibraryCatalog;
  readonly attempts: readonly ScoredAttempt[];
};

function BestResult({
  attempts,
}: {
  readonly attempts: readonly ScoredAttempt[];
}): React.JSX.Element {
  const best = bestAttempt(attempts);
  if (!best) return <p className="card-best">Not played yet</p>;
  const outcome = best.transcript.ending?.outcome;
  // As the engine's formatFigure('listeningRatio', …) writes it, without loading the engine.
  const value = listeningRatioOf(best);
  const ratio = value === null ? 'n/a' : value.toFixed(2);
  return (
    <p className="card-best">
      Your best: <strong>{outcome ? OUTCOME_LABELS[outcome] : 'unfinished'}</strong>, listening
      ratio {ratio} ({attempts.length} {attempts.length === 1 ? 'attempt' : 'attempts'})
    </p>
  );
}

function ScenarioCard({
  entry,
  attempts,
}: {
  readonly entry: LibraryEntry & { ok: true };
  readonly attempts: readonly ScoredAttempt[];
}): React.JSX.Element {
  const scenario = entry.card;
  const headingId = `card-${scenario.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={`#/scenario/${encodeURIComponent(scenario.id)}`}>{scenario.title}</a>
      </h2>
      <p className="card-person">
        With {scenario.stakeholder.name}, {scenario.stakeholder.role}
      </p>
      <p>{scenario.summary}</p>
      <dl className="card-facts">
        <div>
          <dt>Time</dt>
          <dd>{scenario.minutes} min</dd>
        </div>
        <div>
          <dt>Difficulty</dt>
          <dd>{scenario.difficulty}</dd>
        </div>
      </dl>
      <ul className="skills" aria-label="Skills practised">
        {scenario.skills.map((skill) => (
          <li key={skill}>{skill}</li>
        ))}
      </ul>
      <BestResult attempts={attempts} />
    </li>
  );
}

function ErrorCard({ entry }: { readonly entry: LibraryEntry & { ok: false } }): React.JSX.Element {
  return (
    <li className="card card-error">
      <h2>{entry.file} could not be loaded</h2>
      <p>
        This scenario file has problems; fix them and rebuild (or save it while `pnpm dev` runs).
      </p>
      <ul className="problems">
        {entry.problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Every bundled scenario as a card, with the learner's best result on it. */
export function Library({ catalog, attempts }: Props): React.JSX.Element {
  return (
    <>
      <ScreenHeading focusKey="library">Choose a conversation to practise</ScreenHeading>
      <p className="lede">
        Each scenario is a conversation with one person. Listen, choose what to say, and see how
        they respond. Nothing is sent anywhere: your attempts stay in this browser.
      </p>
      {catalog.length === 0 ? (
        <p>No scenarios are bundled. Add YAML files to the scenarios folder and rebuild.</p>
      ) : (
        <ul className="cards">
          {catalog.map((entry) =>
            entry.ok ? (
              <ScenarioCard
                key={entry.file}
                entry={entry}
                attempts={attempts.filter((a) => a.transcript.scenario.id === entry.card.id)}
              />
            ) : (
              <ErrorCard key={entry.file} entry={entry} />
            ),
          )}
        </ul>
      )}
      <p>
        Running a workshop? The <a href="#/facilitator">facilitator page</a> checks and previews
        scenario files.
      </p>
    </>
  );
}
