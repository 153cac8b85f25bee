import type { Option } from '@rapport/engine';
import { Box, Text } from 'ink';
import { useColour } from './colour.js';
import { Prose } from './prose.js';

export type Props = {
  readonly options: readonly Option[];
  /** The highlighted option, by index; none in plain output. */
  readonly cursor?: number;
};

/** The options numbered from 1, the highlighted one marked with › as well as colour. */
export function OptionList({ options, cursor }: Props) {
  const colour = useColour();
  return (
    <Box flexDirection="column">
      {options.map((option, i) => {
        const selected = i === cursor;
        return (
          <Box key={option.id}>
            <Box width={5} flexShrink={0}>
              <Text color={colour(selected ? 'cyan' : undefined)} bold={selected}>
                {selected ? '› ' : '  '}
                {i + 1}.
              </Text>
            </Box>
            <Prose color={colour(selected ? 'cyan' : undefined)}>{option.text}</Prose>
          </Box>
        );
      })}
    </Box>
  );
}
