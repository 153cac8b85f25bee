import type { Option } from '@rapport/engine';
import { Box } from 'ink';
import { useColour } from './colour.js';
import { NumberedRow } from './numbered-row.js';
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
          <NumberedRow key={option.id} number={i + 1} selected={selected}>
            <Prose color={colour(selected ? 'cyan' : undefined)}>{option.text}</Prose>
          </NumberedRow>
        );
      })}
    </Box>
  );
}
