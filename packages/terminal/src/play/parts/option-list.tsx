import type { Option } from '@rapport/engine';
import { Box, Text } from 'ink';
import { Prose } from './prose.js';

export type Props = {
  readonly options: readonly Option[];
  /** The highlighted option, by index; none in plain output. */
  readonly cursor?: number;
};

/** The options numbered from 1, the highlighted one marked with › as well as colour. */
export function OptionList({ options, cursor }: Props) {
  return (
    <Box flexDirection="column">
      {options.map((option, i) => {
        const selected = i === cursor;
        return (
          <Box key={option.id}>
            <Box width={5} flexShrink={0}>
              <Text color={selected ? 'cyan' : undefined} bold={selected}>
                {selected ? '› ' : '  '}
                {i + 1}.
              </Text>
            </Box>
            <Prose color={selected ? 'cyan' : undefined}>{option.text}</Prose>
          </Box>
        );
      })}
    </Box>
  );
}
