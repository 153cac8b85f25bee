import { MOVES, type Turn } from '@rapport/engine';
import { wrappedLines } from '../parts/wrapped-lines.js';

/** The move, its family and what it did to the meters, as the transcript prints under each answer. */
export function turnMeta(turn: Turn): string {
  const meter = (name: string) => `${name} ${turn.before[name]}→${turn.after[name]}`;
  const notes = [
    turn.nonNegotiable ? 'non-negotiable moment' : '',
    turn.reactance ? 'reactance' : '',
  ].filter(Boolean);
  const tail = notes.length > 0 ? ` · ${notes.join(', ')}` : '';
  return `${MOVES[turn.move].label} (${turn.family}) · ${meter('resistance')}, ${meter('trust')}${tail}`;
}

/** The indent of the learner's answer and its note under the stakeholder's line. */
export const ANSWER_INDENT = 3;

function turnHeight(turn: Turn, number: number, speaker: string, columns: number): number {
  const inner = columns - ANSWER_INDENT;
  return (
    wrappedLines(`${number}. ${speaker}: ${turn.line}`, columns) +
    wrappedLines(`You: ${turn.text}`, inner) +
    wrappedLines(turnMeta(turn), inner)
  );
}

/**
 * How many turns from `from` fit in `rows` lines at `columns` wide, a blank line between each;
 * at least one, so a very long turn still shows.
 */
export function turnsThatFit(
  turns: readonly Turn[],
  from: number,
  speaker: string,
  columns: number,
  rows: number,
): number {
  let used = 0;
  let count = 0;
  for (let i = from; i < turns.length; i += 1) {
    const turn = turns[i] as Turn;
    const height = turnHeight(turn, i + 1, speaker, columns) + (count > 0 ? 1 : 0);
    if (count > 0 && used + height > rows) break;
    used += height;
    count += 1;
  }
  return Math.max(1, count);
}
