import { MOVES, type Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { MeterBars } from '../parts/meter-bar.js';
import { Prose } from '../parts/prose.js';

export type Props = {
  readonly turn: Turn;
  /** No blank lines, for a terminal too short for them. */
  readonly compact?: boolean;
};

/** What the learner said, the move it was and the coaching note on it, then the meters after it. */
export function Feedback({ turn, compact = false }: Props) {
  return (
    <Box flexDirection="column" gap={compact ? 0 : 1}>
      <MeterBars meters={turn.after} before={turn.before} />
      <Prose>
        <Text bold>You:</Text> {turn.typed ? clipped(turn.typed.text) : turn.text}
      </Prose>
      {turn.typed ? <Prose dimColor>Played as: {turn.text}</Prose> : null}
      <Box flexDirection="column">
        <Prose bold>
          Move: {MOVES[turn.move].label} ({turn.family})
          {turn.reactance ? ' · reactance: pushing at high resistance cost extra' : ''}
        </Prose>
        <Prose>{turn.coach}</Prose>
        <NonNegotiableNote turn={turn} />
      </Box>
    </Box>
  );
}

/**
 * After the choice (coach mode only), whether the moment was non-negotiable: it is never announced
 * before, so the learner has to recognise it from what the stakeholder says.
 */
export function NonNegotiableNote({ turn }: Props) {
  if (!turn.nonNegotiable) return null;
  const verdict =
    turn.move === 'set-boundary'
      ? 'you set the boundary it called for.'
      : 'it called for a boundary, and this was not one.';
  return <Prose italic>This was a non-negotiable moment: {verdict}</Prose>;
}

/** A typed reply as the screen shows it: a long paste by its first 240 characters. */
function clipped(text: string): string {
  return text.length > 240 ? `${text.slice(0, 240)}… (${text.length} characters in all)` : text;
}
