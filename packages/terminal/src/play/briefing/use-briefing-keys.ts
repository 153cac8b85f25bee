import { useInput } from 'ink';
import { useRef, useState } from 'react';
import { isEnter } from '../parts/enter-key.js';
import type { SessionEvent } from '../session-machine.js';

/** Enter turns the page, and on the last page starts; ← goes back; q leaves. */
export function useBriefingKeys(
  pageCount: number,
  send: (event: SessionEvent) => void,
  onWords?: () => void,
): { readonly page: number } {
  const [page, setPage] = useState(0);
  // The page now, even between renders: two Enters in one read go on and then start.
  const pageRef = useRef(0);
  const turnTo = (next: number) => {
    pageRef.current = next;
    setPage(next);
  };
  useInput((input, key) => {
    if (isEnter(input, key)) {
      if (pageRef.current < pageCount - 1) turnTo(pageRef.current + 1);
      else send({ type: 'briefing.start' });
    } else if (key.leftArrow) turnTo(Math.max(0, pageRef.current - 1));
    else if (input === 'w' && onWords) onWords();
    else if (input === 'q') send({ type: 'session.quit' });
  });
  return { page: Math.min(page, pageCount - 1) };
}
