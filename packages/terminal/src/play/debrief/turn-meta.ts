import { MOVES, type Turn } from '@rapport/engine';

/** The move, its family and what it did to every meter, as the transcript prints under each answer. */
export function turnMeta(turn: Turn): string {
  const meter = (name: string) => `${name} ${turn.before[name]}→${turn.after[name]}`;
  const notes = [
    turn.nonNegotiable ? 'non-negotiable moment' : '',
    turn.reactance ? 'reactance' : '',
  ].filter(Boolean);
  const tail = notes.length > 0 ? ` · ${notes.join(', ')}` : '';
  const meters = Object.keys(turn.after).map(meter).join(', ');
  return `${MOVES[turn.move].label} (${turn.family}) · ${meters}${tail}`;
}

/** The indent of the learner's answer and its note under the stakeholder's line. */
export const ANSWER_INDENT = 3;
