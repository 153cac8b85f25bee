import type { Debrief } from '@rapport/engine';
import { Box, Text } from 'ink';
import { useColour } from '../parts/colour.js';
import { sparkline } from '../parts/sparkline.js';

export type Props = {
  readonly debrief: Debrief;
};

/** Resistance and trust from the start to the last turn, one block per point, with the ends in numbers. */
export function Trajectory({ debrief }: Props) {
  const colour = useColour();
  const resistance = debrief.trajectory.map((point) => point.resistance);
  const trust = debrief.trajectory.map((point) => point.trust);
  return (
    <Box flexDirection="column">
      <Text bold>Trajectory over {debrief.turns} turns</Text>
      <Text>
        {'Resistance '}
        <Text color={colour('red')}>{sparkline(resistance)}</Text> {resistance[0]} →{' '}
        {resistance.at(-1)}
      </Text>
      <Text>
        {'Trust      '}
        <Text color={colour('green')}>{sparkline(trust)}</Text> {trust[0]} → {trust.at(-1)}
      </Text>
    </Box>
  );
}
