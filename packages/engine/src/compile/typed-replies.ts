import type { Transcript, TypedReply } from '../transcript.js';

/**
 * The transcript with the typed replies of own-words play put on their turns (by turn index);
 * turns without one are left as they are.
 */
export function withTypedReplies(
  transcript: Transcript,
  typed: ReadonlyMap<number, TypedReply>,
): Transcript {
  if (typed.size === 0) return transcript;
  return {
    ...transcript,
    turns: transcript.turns.map((turn) => {
      const reply = typed.get(turn.index);
      return reply ? { ...turn, typed: reply } : turn;
    }),
  };
}
