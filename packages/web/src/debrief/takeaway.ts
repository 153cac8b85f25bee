import { type Debrief, MOVES, type Transcript } from '@rapport/engine';
import { meterLabel } from '../conversation/meter-delta';
import { biggestChange } from './meter-series';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * One plain-language sentence or two that opens the debrief: what happened and why, in words a
 * newcomer reads without knowing MITI. Built from the figures and the turns, never canned.
 */
export function takeawayOf(debrief: Debrief, transcript: Transcript): string {
  const turns = transcript.turns;
  if (turns.length === 0) return 'The conversation ended before you said anything.';
  const listening = turns.filter((turn) => turn.family === 'listening').length;
  const pushing = turns.filter((turn) => turn.family === 'insistence').length;
  const share = `${listening} of your ${plural(turns.length, 'move', 'moves')} ${listening === 1 ? 'was' : 'were'} listening${
    pushing > 0 ? ` and ${pushing} pushed` : ''
  }`;
  // The turn that moved things most, and which way.
  const biggest = debrief.turningPoints
    .map((point) => ({ point, turn: turns[point.turn - 1] }))
    .sort((a, b) => b.point.swing - a.point.swing)[0];
  const turning = biggest?.turn
    ? (() => {
        const { meter, delta } = biggestChange(biggest.turn);
        const verb = delta >= 0 ? 'raised' : 'lowered';
        return `The biggest shift came at turn ${biggest.point.turn}: ${MOVES[biggest.turn.move].label.toLowerCase()} ${verb} ${meterLabel(meter).toLowerCase()} by ${Math.abs(delta)}.`;
      })()
    : 'No single turn moved the meters much: it shifted gradually.';
  const outcome = transcript.ending?.outcome;
  if (!outcome) return `The conversation was left before it ended; ${share}. ${turning}`;
  const mostlyListening = listening * 2 >= turns.length;
  const lead =
    outcome === 'breakthrough'
      ? mostlyListening
        ? 'Listening got you there'
        : 'You got there, though more by pushing than listening'
      : outcome === 'partial'
        ? mostlyListening
          ? 'Listening got you part of the way'
          : 'Part of the way, more by pushing than listening'
        : mostlyListening
          ? 'You listened, but it did not land'
          : 'Pushing kept them from moving';
  return `${lead}: ${share}. ${turning}`;
}
