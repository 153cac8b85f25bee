import { useInput } from 'ink';
import { useState } from 'react';
import type { SessionEvent } from '../session-machine.js';

/**
 * ↑/↓ move the highlight and Enter picks it; 1-9 pick at once; q leaves. The highlight is the
 * only state here: what was chosen goes to the machine.
 */
export function useConversationKeys(
  optionIds: readonly string[],
  send: (event: SessionEvent) => void,
): { readonly cursor: number } {
  const [cursor, setCursor] = useState(0);
  useInput((input, key) => {
    const count = optionIds.length;
    if (key.upArrow) setCursor((at) => (at + count - 1) % count);
    else if (key.downArrow) setCursor((at) => (at + 1) % count);
    else if (key.return) choose(cursor);
    else if (/^[1-9]$/.test(input)) choose(Number(input) - 1);
    else if (input === 'q') send({ type: 'session.quit' });
  });
  function choose(index: number): void {
    const option = optionIds[index];
    if (option !== undefined) send({ type: 'option.chosen', option });
  }
  return { cursor };
}

/** Enter goes on after a coaching note; q leaves. */
export function useFeedbackKeys(send: (event: SessionEvent) => void): void {
  useInput((input, key) => {
    if (key.return) send({ type: 'turn.continue' });
    else if (input === 'q') send({ type: 'session.quit' });
  });
}
