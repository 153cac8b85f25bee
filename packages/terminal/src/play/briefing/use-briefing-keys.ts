import { useInput } from 'ink';
import { useRef, useState } from 'react';
import type { SessionEvent } from '../session-machine.js';

/**
 * Enter turns from the situation to the stakeholder, then starts; ← goes back; q leaves. Two
 * pages, so a full briefing fits a 24-line terminal.
 */
export function useBriefingKeys(send: (event: SessionEvent) => void): { readonly page: 0 | 1 } {
  const [page, setPage] = useState<0 | 1>(0);
  // The page now, even between renders: two Enters in one read go on and then start.
  const pageRef = useRef<0 | 1>(0);
  const turnTo = (next: 0 | 1) => {
    pageRef.current = next;
    setPage(next);
  };
  useInput((input, key) => {
    if (key.return) {
      if (pageRef.current === 0) turnTo(1);
      else send({ type: 'briefing.start' });
    } else if (key.leftArrow) turnTo(0);
    else if (input === 'q') send({ type: 'session.quit' });
  });
  return { page };
}
