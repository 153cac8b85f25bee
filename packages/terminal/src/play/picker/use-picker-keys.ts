import { useInput } from 'ink';
import { useState } from 'react';

/** ↑/↓ and Enter, or 1-9, pick a scenario; q leaves. */
export function usePickerKeys(
  count: number,
  onPick: (index: number) => void,
  onQuit: () => void,
): { readonly cursor: number } {
  const [cursor, setCursor] = useState(0);
  useInput((input, key) => {
    if (key.upArrow) setCursor((at) => (at + count - 1) % count);
    else if (key.downArrow) setCursor((at) => (at + 1) % count);
    else if (key.return) onPick(cursor);
    else if (/^[1-9]$/.test(input) && Number(input) <= count) onPick(Number(input) - 1);
    else if (input === 'q') onQuit();
  });
  return { cursor };
}
