import { type Debrief, MOVES, type Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { Prose } from '../parts/prose.js';
import { Trajectory } from './trajectory.js';

export type Props = {
  readonly debrief: Debrief;
  readonly turns: readonly Turn[];
  /** Still looking for the best option at the weakest turn. */
  readonly searching?: boolean;
};

/** Every meter after a turning point, as "resistance 75, trust 31, clarity 10". */
function metersAfter(
  turn: Turn | undefined,
  point: { readonly resistance: number; readonly trust: number },
): string {
  const after = turn?.after ?? { resistance: point.resistance, trust: point.trust };
  return Object.entries(after)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
}

/** How the meters moved, where the conversation turned, and what would have served better at the weakest turn. */
export function TurningPoints({ debrief, turns, searching = false }: Props) {
  const weakest = debrief.weakestTurn;
  const weakestTurn = weakest ? turns[weakest.turn - 1] : undefined;
  return (
    <Box flexDirection="column" gap={1}>
      <Trajectory debrief={debrief} turns={turns} />
      <Box flexDirection="column">
        <Text bold>Turning points</Text>
        {debrief.turningPoints.length === 0 ? (
          <Prose>No single turn moved the meters much.</Prose>
        ) : (
          debrief.turningPoints.map((point) => (
            <Prose key={point.turn}>
              Turn {point.turn}: {MOVES[point.move].label}, swing {point.swing} →{' '}
              {metersAfter(turns[point.turn - 1], point)}
            </Prose>
          ))
        )}
      </Box>
      {weakest ? (
        <Box flexDirection="column">
          <Text bold>Weakest turn: turn {weakest.turn}</Text>
          <Prose>
            You said: {weakestTurn?.text} ({MOVES[weakest.move].label})
          </Prose>
          {searching ? (
            <Prose dimColor>Looking for the best option that was open there…</Prose>
          ) : weakest.best && weakest.best.option === weakest.option ? (
            <Prose>That was already the best option open there.</Prose>
          ) : weakest.best ? (
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
