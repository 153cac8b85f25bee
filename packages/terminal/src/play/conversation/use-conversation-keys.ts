import { useInput } from 'ink';
import { isEnter } from '../parts/enter-key.js';
import { useCursor } from '../parts/use-cursor.js';
import type { SessionEvent } from '../session-machine.js';

/**
 * ↑/↓ move the highlight and Enter picks it; 1-9 pick at once; q leaves. The highlight is the
 * only state here: what was chosen goes to the machine.
 */
export function useConversationKeys(
  optionIds: readonly string[],
  send: (event: SessionEvent) => void,
): { readonly cursor: number } {
  const cursor = useCursor(optionIds.length);
  useInput((input, key) => {
    if (key.upArrow) cursor.up();
    else if (key.downArrow) cursor.down();
    else if (isEnter(input, key)) choose(cursor.current());
    else if (/^[1-9]$/.test(input)) choose(Number(input) - 1);
    else if (input === 'q') send({ type: 'session.quit' });
  });
  function choose(index: number): void {
    const option = optionIds[index];
    if (option !== undefined) send({ type: 'option.chosen', option });
  }
  return { cursor: cursor.at };
}

/** Enter goes on after a coaching note; q leaves. */
export function useFeedbackKeys(send: (event: SessionEvent) => void): void {
  useInput((input, key) => {
    if (isEnter(input, key)) send({ type: 'turn.continue' });
    else if (input === 'q') send({ type: 'session.quit' });
  });
}
