import { type Debrief, MOVES, type Turn } from '@rapport/engine';
import { Box, Text } from 'ink';

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
          <Text>No single turn moved the meters much.</Text>
        ) : (
          debrief.turningPoints.map((point) => (
            <Text key={point.turn}>
              Turn {point.turn}: {MOVES[point.move].label}, swing {point.swing} → resistance{' '}
              {point.resistance}, trust {point.trust}
            </Text>
          ))
        )}
      </Box>
      {weakest ? (
        <Box flexDirection="column">
          <Text bold>Weakest turn: turn {weakest.turn}, the one that cost the most</Text>
          <Text>
            You said: {weakestTurn?.text} ({MOVES[weakest.move].label})
          </Text>
          {weakest.best ? (
            <>
              <Text>
                Best option there: {weakest.best.text} ({MOVES[weakest.best.move].label})
              </Text>
              <Text dimColor>{weakest.best.why}</Text>
            </>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}
