import type { Option } from '@rapport/engine';
import { Box, Text } from 'ink';
import { useColour } from './colour.js';
import type { PickerWindow } from './list-window.js';
import { NumberedRow } from './numbered-row.js';
import { Prose } from './prose.js';

export type Props = {
  readonly options: readonly Option[];
  /** The highlighted option, by index; none in plain output. */
  readonly cursor?: number;
  /** The options shown when the screen is too short for all of them; every one without it. */
  readonly window?: PickerWindow;
};

/**
 * The options numbered from 1, the highlighted one marked with › as well as colour. A window
 * shows some of them, with "↑ 2 more" and "↓ 1 more" where options are out of view; their numbers
 * stay those of the whole list, so a number key picks the same option whatever is in view.
 */
export function OptionList({ options, cursor, window }: Props) {
  const colour = useColour();
  const { first, end } = window ?? { first: 0, end: options.length };
  return (
    <Box flexDirection="column">
      {first > 0 ? <Text dimColor>{`  ↑ ${first} more`}</Text> : null}
      {options.slice(first, end).map((option, i) => {
        const selected = first + i === cursor;
        return (
          <NumberedRow key={option.id} number={first + i + 1} selected={selected}>
            <Prose color={colour(selected ? 'cyan' : undefined)}>{option.text}</Prose>
          </NumberedRow>
        );
      })}
      {end < options.length ? <Text dimColor>{`  ↓ ${options.length - end} more`}</Text> : null}
    </Box>
  );
}
