import { MOVES, type Scenario, type Turn } from '@rapport/engine';
import { useEffect, useRef } from 'react';
import { describeChanges } from './meter-delta';

export type Props = {
  readonly turn: Turn;
  /** Why the turn's moment was non-negotiable, when it was (see `nonNegotiableReason`). */
  readonly nonNegotiable?: string | undefined;
  readonly ended: boolean;
  readonly onContinue: () => void;
};

/** Why a turn's node was a non-negotiable moment, as the scenario says; undefined when it was not. */
export function nonNegotiableReason(scenario: Scenario, turn: Turn): string | undefined {
  if (!turn.nonNegotiable) return undefined;
  const node = Object.hasOwn(scenario.nodes, turn.node) ? scenario.nodes[turn.node] : undefined;
  return node?.nonNegotiable ?? '';
}

/** A sentence ends with its stop, whether the scenario wrote one or not. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Whether the moment was non-negotiable, said only after the choice: announcing it before would
 * give the boundary away. A boundary set elsewhere counts as insisting, which is worth saying too.
 */
function momentNote(turn: Turn, reason: string | undefined): string | null {
  if (turn.nonNegotiable) {
    const why = reason
      ? `This was a non-negotiable moment: ${sentence(reason)}`
      : 'This was a non-negotiable moment.';
    return turn.move === 'set-boundary'
      ? `${why} Setting the boundary was the call.`
      : `${why} The boundary was missed: this called for setting it, with the reason and a way forward.`;
  }
  if (turn.move === 'set-boundary') {
    return 'This was not a non-negotiable moment, so setting a boundary here counted as insisting.';
  }
  return null;
}

function effectOf(turn: Turn): string {
  return `${describeChanges(turn)}${turn.reactance ? '. Pushing while resistance was already high cost extra.' : '.'}`;
}

/** What a screen reader hears after a choice: the move, the coaching note, the meter change. */
export function feedbackAnnouncement(turn: Turn, nonNegotiable: string | undefined): string {
  const note = momentNote(turn, nonNegotiable);
  return [`Your move: ${MOVES[turn.move].label}.`, sentence(turn.coach), effectOf(turn), note]
    .filter(Boolean)
    .join(' ');
}

/**
 * Coach mode's feedback on the last choice: the move, the coaching note and what it did. Focus
 * goes to its heading (the option that had it is gone); Enter or the button continues.
 */
export function Feedback({ turn, nonNegotiable, ended, onContinue }: Props): React.JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const move = MOVES[turn.move];
  const note = momentNote(turn, nonNegotiable);
  return (
    <section className="feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading" ref={heading} tabIndex={-1}>
        Your move: {move.label} <span className="family">({turn.family})</span>
      </h2>
      <p>{turn.coach}</p>
      <p className="effect">{effectOf(turn)}</p>
      {note ? <p className="note">{note}</p> : null}
      <button type="button" className="primary" onClick={onContinue}>
        {ended ? 'See how it ended' : 'Continue'} <kbd className="key-hint">Enter</kbd>
      </button>
    </section>
  );
}
