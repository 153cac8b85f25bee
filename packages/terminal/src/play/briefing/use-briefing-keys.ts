import { useInput } from 'ink';
import type { SessionEvent } from '../session-machine.js';

/** Enter starts the conversation; q leaves. */
export function useBriefingKeys(send: (event: SessionEvent) => void): void {
  useInput((input, key) => {
    if (key.return) send({ type: 'briefing.start' });
    else if (input === 'q') send({ type: 'session.quit' });
  });
}
