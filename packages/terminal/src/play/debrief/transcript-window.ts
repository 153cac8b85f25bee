import { MOVES, type Turn } from '@rapport/engine';

/** Lines a text takes when wrapped greedily on spaces at width (a word longer than width is cut). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width);
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const length = [...word].length;
    if (used > 0 && used + 1 + length <= room) {
      used += 1 + length;
    } else if (used === 0 && length <= room) {
      used = length;
    } else {
      if (used > 0) lines += 1;
      lines += Math.floor(Math.max(0, length - 1) / room);
      used = length % room || room;
    }
  }
  return lines;
}

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
