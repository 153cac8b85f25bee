import { MOVES } from '../moves.js';
import type { Option } from '../schema/index.js';
import type { TypedReply } from '../transcript.js';
import type { CodeResult, CoderMove, MoveCoder } from './coder.js';
import { matchOption, type OptionMatch } from './match.js';

/** Said, and nothing sent, when the learner sends an empty reply in own-words play. */
export const EMPTY_REPLY = 'Type what you would say first: an empty reply is not sent.';

/** A typed reply as the coder read it, and the node's option it was matched to. */
export type OwnWordsReading = {
  readonly text: string;
  readonly read: CodeResult;
  readonly match: OptionMatch;
};

/**
 * Codes a reply typed at a decision point (with the stakeholder's line as context) and matches it
 * to one of the options on offer. Undefined for a reply with nothing in it but spaces.
 */
export function readOwnWords(
  coder: MoveCoder,
  text: string,
  line: string,
  options: readonly Option[],
  nonNegotiable: boolean,
): OwnWordsReading | undefined {
  if (text.trim() === '') return undefined;
  const read = coder.code(text, line);
  return { text, read, match: matchOption(text, read, options, nonNegotiable) };
}

const WITH_ARTICLE = new Set<CoderMove>([
  'open-question',
  'closed-question',
  'simple-reflection',
  'complex-reflection',
  'summarize',
  'affirm',
]);

/** A move in a sentence: "a complex reflection", "an open question", "giving information". */
export function moveInWords(move: CoderMove): string {
  if (move === 'other') return 'something else (a greeting, filler or logistics)';
  const label = MOVES[move].label.toLowerCase();
  if (!WITH_ARTICLE.has(move)) return label;
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** What the coder heard, as coach mode says it: "read as a complex reflection, 0.81". */
export function describeReading(read: CodeResult): string {
  return `read as ${moveInWords(read.move)}, ${read.confidence.toFixed(2)}`;
}

/** The transcript's record of a typed reply; `chosen` is the option the stakeholder answered. */
export function typedReply(reading: OwnWordsReading, chosen: Option): TypedReply {
  const { read, match } = reading;
  return {
    text: reading.text,
    move: read.move,
    codes: [...read.codes],
    confidence: Math.round(read.confidence * 1000) / 1000,
    ...(chosen.id !== match.option.id || match.ask
      ? { corrected: chosen.id !== match.option.id }
      : {}),
  };
}
