import { type Debrief, MOVES, type Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { Prose } from '../parts/prose.js';

export type Props = {
  readonly debrief: Debrief;
  readonly turns: readonly Turn[];
};

/** Where the conversation turned, and what would have served better at the weakest turn. */
export function TurningPoints({ debrief, turns }: Props) {
  const weakest = debrief.weakestTurn;
  const weakestTurn = weakest ? turns[weakest.turn - 1] : undefined;
  return (
    <Box flexDirection="column" gap={1}>
      <Box flexDirection="column">
        <Text bold>Turning points</Text>
        {debrief.turningPoints.length === 0 ? (
          <Prose>No single turn moved the meters much.</Prose>
        ) : (
          debrief.turningPoints.map((point) => (
            <Prose key={point.turn}>
              Turn {point.turn}: {MOVES[point.move].label}, swing {point.swing} → resistance{' '}
              {point.resistance}, trust {point.trust}
            </Prose>
          ))
        )}
      </Box>
      {weakest ? (
        <Box flexDirection="column">
          <Text bold>Weakest turn: turn {weakest.turn}, the one that cost the most</Text>
          <Prose>
            You said: {weakestTurn?.text} ({MOVES[weakest.move].label})
          </Prose>
          {weakest.best ? (
            <>
              <Prose>
                Best option there: {weakest.best.text} ({MOVES[weakest.best.move].label})
              </Prose>
              <Prose dimColor>{weakest.best.why}</Prose>
            </>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}
