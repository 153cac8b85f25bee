import type { Turn } from '@rapport/engine';
import type { ReactNode } from 'react';

export type Props = {
  readonly turns: readonly Turn[];
  readonly stakeholder: string;
  /** Extra content under each turn (the debrief's annotation, a what-if button). */
  readonly annotate?: (turn: Turn) => ReactNode;
  readonly label: string;
};

/** The conversation so far: what they said, what you said. */
export function TurnList({ turns, stakeholder, annotate, label }: Props): React.JSX.Element {
  return (
    <ol className="turns" aria-label={label}>
      {turns.map((turn) => (
        <li key={turn.index} className="turn">
          <p className="said">
            <span className="speaker">{stakeholder}:</span> {turn.line}
          </p>
          <p className="reply">
            <span className="speaker">You:</span> {turn.text}
          </p>
          {annotate?.(turn)}
        </li>
      ))}
    </ol>
  );
}
