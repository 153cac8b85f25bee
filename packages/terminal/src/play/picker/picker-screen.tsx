import { Box, Text } from 'ink';
import { useState } from 'react';
import type { ScenarioEntry } from '../../library/index.js';
import { KeyHint } from '../parts/key-hint.js';
import { pickerWindow } from '../parts/list-window.js';
import { Prose } from '../parts/prose.js';
import { useTerminalSize } from '../parts/use-terminal-size.js';
import { wrappedLines } from '../parts/wrapped-lines.js';
import { entryHeights, Picker } from './picker.js';
import { usePickerKeys } from './use-picker-keys.js';

/**
 * Lines the screen needs besides the list: the heading, the gaps around the list, the key hint,
 * and one spare, since Ink redraws a frame as tall as the terminal by clearing the screen.
 */
const SCREEN_CHROME = 5;

export type Props = {
  readonly entries: readonly ScenarioEntry[];
  /** Files in the library that did not load, so the learner knows some are missing. */
  readonly broken: number;
  readonly onPick: (entry: ScenarioEntry) => void;
  readonly onQuit: () => void;
};

/** The library to pick from, scrolled to keep the highlighted entry in sight. */
export function PickerScreen({ entries, broken, onPick, onQuit }: Props) {
  const { columns, rows } = useTerminalSize();
  const { cursor } = usePickerKeys(
    entries.length,
    (index) => {
      const entry = entries[index];
      if (entry) onPick(entry);
    },
    onQuit,
  );
  const notice = `${broken} scenario ${broken === 1 ? 'file does' : 'files do'} not load; \`rapport check scenarios\` says why.`;
  const listRows = rows - SCREEN_CHROME - (broken > 0 ? wrappedLines(notice, columns) + 1 : 0);
  // Where the list starts is remembered from the last render, so it scrolls only at its edges.
  const [first, setFirst] = useState(0);
  const window = pickerWindow(entryHeights(entries, columns), cursor, listRows, first);
  if (window.first !== first) setFirst(window.first);
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold underline>
        Choose a conversation to practise
      </Text>
      <Picker entries={entries} cursor={cursor} window={window} />
      {broken > 0 ? <Prose>{notice}</Prose> : null}
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
