import { MOVES, type Turn } from '@rapport/engine';
import { useEffect, useRef } from 'react';
import { describeChanges } from './meter-delta';

export type Props = {
  readonly turn: Turn;
  readonly ended: boolean;
  readonly onContinue: () => void;
};

/** Coach mode's feedback on the last choice: the move, the coaching note and what it did. */
export function Feedback({ turn, ended, onContinue }: Props): React.JSX.Element {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  const move = MOVES[turn.move];
  return (
    <section className="feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">
        Your move: {move.label} <span className="family">({turn.family})</span>
      </h2>
      <p>{turn.coach}</p>
      <p className="effect">
        {describeChanges(turn)}
        {turn.reactance ? '. Pushing while resistance was already high cost extra.' : '.'}
      </p>
      <button ref={button} type="button" className="primary" onClick={onContinue}>
        {ended ? 'See how it ended' : 'Continue'} <kbd>Enter</kbd>
      </button>
    </section>
  );
}
