import { type Debrief, type Scenario, scoreTranscript, type Transcript } from '@rapport/engine';

/**
 * Scores a transcript. With its scenario the engine can also find the best option at the weakest
 * turn; without it (a scenario no longer bundled) the figures are still exact.
 */
export function debriefOf(scenario: Scenario | undefined, transcript: Transcript): Debrief {
  void scenario;
  return scoreTranscript(transcript);
}
