import { type Debrief, type Scenario, scoreTranscript, type Transcript } from '@rapport/engine';

/** The debrief both trainers show for a transcript of this scenario. */
export function debriefOf(_scenario: Scenario, transcript: Transcript): Debrief {
  return scoreTranscript(transcript);
}
