import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useColour } from './colour.js';

export type Props = {
  /** 1-based, as the learner types it. */
  readonly number: number;
  readonly selected: boolean;
  /** Columns for the marker and the number: 5 fits numbers up to 9. */
  readonly width?: number;
  readonly children: ReactNode;
};

/** One numbered choice in a list; the highlighted one is marked with › as well as colour. */
export function NumberedRow({ number, selected, width = 5, children }: Props) {
  const colour = useColour();
  return (
    <Box>
      <Box width={width} flexShrink={0}>
        <Text color={colour(selected ? 'cyan' : undefined)} bold={selected}>
          {selected ? '› ' : '  '}
          {number}.
        </Text>
      </Box>
      {children}
    </Box>
  );
}
