import { MOVES, moveInWords, type Turn } from '@rapport/engine';
import { describeChanges } from '../conversation/meter-delta';

/** The id of a turn's what-if button, so closing the what-if can put focus back on it. */
export function whatIfButtonId(index: number): string {
  return `what-if-turn-${index + 1}`;
}

export type Props = {
  readonly turn: Turn;
  /** Shown when the turn can be replayed another way. */
  readonly onWhatIf?: () => void;
};

/** Under each turn of the debrief: the move, what it did to the meters, and the coaching note. */
export function Annotation({ turn, onWhatIf }: Props): React.JSX.Element {
  return (
    <div className={`annotation family-${turn.family}`}>
      <p>
        <strong>
          Turn {turn.index + 1}: {MOVES[turn.move].label}
        </strong>{' '}
        ({turn.family}
        {turn.nonNegotiable ? ', at a non-negotiable moment' : ''}). {describeChanges(turn, true)}.
        {turn.reactance ? ' Pushed into high resistance: it cost extra.' : ''}
      </p>
      {turn.typed ? (
        <p className="coder-reading">
          You typed this reply: the coder read it as {moveInWords(turn.typed.move)},{' '}
          {turn.typed.confidence.toFixed(2)}
          {turn.typed.corrected ? ', and you chose another line than it matched' : ''}.
        </p>
      ) : null}
      <p className="coach-note">{turn.coach}</p>
      {onWhatIf ? (
        <button
          type="button"
          id={whatIfButtonId(turn.index)}
          className="secondary small"
          onClick={onWhatIf}
        >
          What if, at turn {turn.index + 1}?
        </button>
      ) : null}
    </div>
  );
}
