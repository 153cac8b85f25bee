import {
  type Debrief,
  debriefTranscript,
  type Scenario,
  scoreTranscript,
  type Transcript,
} from '@rapport/engine';

/**
 * Scores a transcript. With its scenario the engine also finds the best option at the weakest
 * turn; without it (a scenario no longer bundled, or changed since) the figures are still exact.
 */
export function debriefOf(scenario: Scenario | undefined, transcript: Transcript): Debrief {
  if (!scenario || scenario.id !== transcript.scenario.id) return scoreTranscript(transcript);
  try {
    return debriefTranscript(scenario, transcript);
  } catch {
    // The scenario file changed since this attempt (a node or option gone): keep the figures.
    return scoreTranscript(transcript);
  }
}
