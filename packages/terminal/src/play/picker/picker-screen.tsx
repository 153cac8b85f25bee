import { Box, Text } from 'ink';
import type { ScenarioEntry } from '../../library/index.js';
import { KeyHint } from '../parts/key-hint.js';
import { Prose } from '../parts/prose.js';
import { Picker } from './picker.js';
import { usePickerKeys } from './use-picker-keys.js';

export type Props = {
  readonly entries: readonly ScenarioEntry[];
  /** Files in the library that did not load, so the learner knows some are missing. */
  readonly broken: number;
  readonly onPick: (entry: ScenarioEntry) => void;
  readonly onQuit: () => void;
};

export function PickerScreen({ entries, broken, onPick, onQuit }: Props) {
  const { cursor } = usePickerKeys(
    entries.length,
    (index) => {
      const entry = entries[index];
      if (entry) onPick(entry);
    },
    onQuit,
  );
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold underline>
        Choose a conversation to practise
      </Text>
      <Picker entries={entries} cursor={cursor} />
      {broken > 0 ? (
        <Prose>
          {broken} scenario {broken === 1 ? 'file does' : 'files do'} not load; `rapport check
          scenarios` says why.
        </Prose>
      ) : null}
      <KeyHint
        keys={[
          ['↑↓', 'move'],
          ['Enter', 'open'],
          [entries.length > 1 ? `1-${Math.min(9, entries.length)}` : '1', 'pick'],
          ['q', 'quit'],
        ]}
      />
    </Box>
  );
}
