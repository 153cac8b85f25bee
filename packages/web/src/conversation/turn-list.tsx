import type { Turn } from '@rapport/engine';
import type { ReactNode } from 'react';

export type Props = {
  readonly turns: readonly Turn[];
  readonly stakeholder: string;
  /** Extra content under each turn (the debrief's annotation, a what-if button). */
  readonly annotate?: (turn: Turn) => ReactNode;
  readonly label: string;
};

/**
 * The conversation so far as speech bubbles: theirs on the left, yours on the right, each
 * named in words so it reads the same without the layout.
 */
export function TurnList({ turns, stakeholder, annotate, label }: Props): React.JSX.Element {
  return (
    <ol className="turns" aria-label={label}>
      {turns.map((turn) => (
        <li key={turn.index} className="turn">
          <div className="bubble bubble-them">
            <p className="said">
              <span className="speaker">{stakeholder}:</span> {turn.line}
            </p>
          </div>
          <div className="bubble bubble-you">
            <p className="reply">
              <span className="speaker">You:</span> {turn.typed ? turn.typed.text : turn.text}
            </p>
            {turn.typed ? (
              <p className="matched hint">
                Played as the scripted line: <q>{turn.text}</q>
              </p>
            ) : null}
          </div>
          {annotate?.(turn)}
        </li>
      ))}
    </ol>
  );
}
