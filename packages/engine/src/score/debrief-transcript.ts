import { bestOptionAt } from '../analyze/best-option.js';
import { MOVES } from '../moves.js';
import type { Scenario } from '../schema/index.js';
import type { Transcript } from '../transcript.js';
import type { Debrief } from './debrief.js';
import { scoreTranscript, weakestTurnIndex } from './score-transcript.js';

/** The coaching note led by the move's name, unless the note already starts with it. */
function withMoveLabel(label: string, coach: string): string {
  return coach.toLowerCase().startsWith(label.toLowerCase()) ? coach : `${label}: ${coach}`;
}

/**
 * The full debrief: the transcript's scores, and at the weakest turn the best option that was on
 * offer there, found by analysing the scenario from the meters the learner had at that moment.
 */
export function debriefTranscript(scenario: Scenario, transcript: Transcript): Debrief {
  const debrief = scoreTranscript(transcript);
  const index = weakestTurnIndex(transcript.turns);
  const turn = index === null ? undefined : transcript.turns[index];
  if (!debrief.weakestTurn || !turn) return debrief;
  const best = bestOptionAt(scenario, turn.node, turn.before, turn.available);
  if (!best) return debrief;
  const { option, outcome } = best;
  const reach = outcome ? ` It keeps a ${outcome} within reach.` : '';
  return {
    ...debrief,
    weakestTurn: {
      ...debrief.weakestTurn,
      best: {
        option: option.id,
        text: option.text,
        move: option.move,
        outcome,
        why: `${withMoveLabel(MOVES[option.move].label, option.coach)}${reach}`,
      },
    },
  };
}
