import { useInput } from 'ink';
import { useState } from 'react';
import type { SessionEvent } from '../session-machine.js';
import { DEBRIEF_PAGES } from './debrief-pages.js';

/**
 * ←/→ or Tab turn the page, ↑/↓ scroll the transcript, r retries, q quits. Page and scroll are
 * view state; retry and quit go to the machine.
 */
export function useDebriefKeys(
  turnCount: number,
  send: (event: SessionEvent) => void,
): { readonly page: number; readonly from: number } {
  const [page, setPage] = useState(0);
  const [from, setFrom] = useState(0);
  const pages = DEBRIEF_PAGES.length;
  useInput((input, key) => {
    if (key.rightArrow || key.tab) setPage((at) => (at + 1) % pages);
    else if (key.leftArrow) setPage((at) => (at + pages - 1) % pages);
    else if (key.downArrow) setFrom((at) => Math.min(Math.max(0, turnCount - 1), at + 1));
    else if (key.upArrow) setFrom((at) => Math.max(0, at - 1));
    else if (input === 'r') send({ type: 'attempt.retry' });
    else if (input === 'q') send({ type: 'session.quit' });
  });
  return { page, from };
}
