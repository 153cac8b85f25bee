import { useInput } from 'ink';
import { isEnter } from '../parts/enter-key.js';
import { useCursor } from '../parts/use-cursor.js';

/** ↑/↓ and Enter, or 1-9, pick a scenario; q leaves. */
export function usePickerKeys(
  count: number,
  onPick: (index: number) => void,
  onQuit: () => void,
): { readonly cursor: number } {
  const cursor = useCursor(count);
  useInput((input, key) => {
    if (key.upArrow) cursor.up();
    else if (key.downArrow) cursor.down();
    else if (isEnter(input, key)) onPick(cursor.current());
    else if (/^[1-9]$/.test(input) && Number(input) <= count) onPick(Number(input) - 1);
    else if (input === 'q') onQuit();
  });
  return { cursor: cursor.at };
}
