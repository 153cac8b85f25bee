import {
  describeBand,
  formatFigure,
  type Scenario,
  scoreTranscript,
  type Transcript,
} from '@rapport/engine';
import { TurnList } from '../conversation/turn-list';
import { OUTCOME_LABELS } from '../history/outcome';

export type Props = {
  readonly scenario: Scenario;
  readonly original: Transcript;
  readonly branch: Transcript;
  /** 0-based index of the first turn where the two differ. */
  readonly fromTurn: number;
};

function Side({
  title,
  scenario,
  transcript,
  fromTurn,
}: {
  readonly title: string;
  readonly scenario: Scenario;
  readonly transcript: Transcript;
  readonly fromTurn: number;
}): React.JSX.Element {
  const debrief = scoreTranscript(transcript);
  const ending = transcript.ending;
  const lr = debrief.listeningRatio;
  const last = debrief.trajectory.at(-1);
  return (
    <section className="compare-side" aria-label={title}>
      <h4>{title}</h4>
      <p className="outcome-line">
        {ending ? (
          <>
            <strong>{OUTCOME_LABELS[ending.outcome]}</strong>: {ending.title}
          </>
        ) : (
          'Not finished'
        )}
      </p>
      <dl className="compare-figures">
        <dt>Listening ratio</dt>
        <dd>
          {formatFigure('listeningRatio', lr.value)} ({describeBand(lr.band)})
        </dd>
        <dt>Pushes into resistance</dt>
        <dd>{debrief.pushesIntoResistance}</dd>
        <dt>MI-adherent / non-adherent</dt>
        <dd>
          {debrief.miAdherent} / {debrief.miNonAdherent}
        </dd>
        <dt>Final resistance / trust</dt>
        <dd>{last ? `${last.resistance} / ${last.trust}` : 'n/a'}</dd>
        <dt>Turns</dt>
        <dd>{debrief.turns}</dd>
      </dl>
      <TurnList
        turns={transcript.turns.slice(fromTurn)}
        stakeholder={scenario.stakeholder.name}
        label={`${title}, from turn ${fromTurn + 1}`}
      />
    </section>
  );
}

/** Both conversations and both scores, side by side. */
export function Comparison({ scenario, original, branch, fromTurn }: Props): React.JSX.Element {
  return (
    <div className="compare">
      <p>
        {fromTurn === 0
          ? 'The two conversations differ from the first turn.'
          : `Turns 1 to ${fromTurn} were the same; from turn ${fromTurn + 1} they differ.`}
      </p>
      <div className="compare-grid">
        <Side
          title="Your conversation"
          scenario={scenario}
          transcript={original}
          fromTurn={fromTurn}
        />
        <Side title="What if" scenario={scenario} transcript={branch} fromTurn={fromTurn} />
      </div>
    </div>
  );
}
