import { moveInWords, type Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { Prose } from '../parts/prose.js';
import { ANSWER_INDENT, turnMeta } from './turn-meta.js';

export type Props = {
  readonly speaker: string;
  readonly turns: readonly Turn[];
  /** 0-based index of the first turn shown, when the list is scrolled. */
  readonly from?: number;
};

/** The conversation as it went, each answer labelled with its move and what it did to the meters. */
export function TranscriptView({ speaker, turns, from = 0 }: Props) {
  return (
    <Box flexDirection="column" gap={1}>
      {turns.map((turn, i) => (
        <TurnEntry key={turn.index} speaker={speaker} turn={turn} number={from + i + 1} />
      ))}
    </Box>
  );
}

function TurnEntry({
  speaker,
  turn,
  number,
}: {
  readonly speaker: string;
  readonly turn: Turn;
  readonly number: number;
}) {
  return (
    <Box flexDirection="column">
      <Prose>
        <Text bold>
          {number}. {speaker}:
        </Text>{' '}
        {turn.line}
      </Prose>
      <Box paddingLeft={ANSWER_INDENT} flexDirection="column">
        <Prose>
          <Text bold>You:</Text> {turn.typed ? clipped(turn.typed.text) : turn.text}
        </Prose>
        {turn.typed ? (
          <Prose dimColor>
            Played as: {turn.text} · the coder read {moveInWords(turn.typed.move)},{' '}
            {turn.typed.confidence.toFixed(2)}
            {turn.typed.corrected ? ', corrected by you' : ''}
          </Prose>
        ) : null}
        <Prose dimColor>{turnMeta(turn)}</Prose>
      </Box>
    </Box>
  );
}

/** A typed reply as the screen shows it: a long paste by its first 240 characters. */
function clipped(text: string): string {
  return text.length > 240 ? `${text.slice(0, 240)}… (${text.length} characters in all)` : text;
}
