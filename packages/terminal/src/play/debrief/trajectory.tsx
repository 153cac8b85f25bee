import type { Debrief, Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { useColour } from '../parts/colour.js';
import { METER_COLOURS, meterLabel } from '../parts/meter-bar.js';
import { sparkline } from '../parts/sparkline.js';

export type Props = {
  readonly debrief: Debrief;
  /** The turns played: every meter's path is read from them. */
  readonly turns: readonly Turn[];
};

/** The meters at the start and after each turn: the transcript's own, so every meter is there. */
export function meterPaths(
  debrief: Debrief,
  turns: readonly Turn[],
): readonly (readonly [string, readonly number[]])[] {
  const first = turns[0];
  if (!first) {
    return [
      ['resistance', debrief.trajectory.map((point) => point.resistance)],
      ['trust', debrief.trajectory.map((point) => point.trust)],
    ];
  }
  return Object.keys(first.before).map((name) => [
    name,
    [first.before[name] ?? 0, ...turns.map((turn) => turn.after[name] ?? 0)],
  ]);
}

/** Every meter from the start to the last turn, one block per point, with the ends in numbers. */
export function Trajectory({ debrief, turns }: Props) {
  const colour = useColour();
  const paths = meterPaths(debrief, turns);
  const width = Math.max(...paths.map(([name]) => meterLabel(name).length));
  return (
    <Box flexDirection="column">
      <Text bold>Trajectory over {debrief.turns} turns</Text>
      {paths.map(([name, values]) => (
        <Text key={name}>
          {meterLabel(name).padEnd(width)}{' '}
          <Text color={colour(METER_COLOURS[name])}>{sparkline(values)}</Text> {values[0]} →{' '}
          {values.at(-1)}
        </Text>
      ))}
    </Box>
  );
}
