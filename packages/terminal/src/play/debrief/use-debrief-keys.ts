import { useInput } from 'ink';
import { useRef, useState } from 'react';
import type { SessionEvent } from '../session-machine.js';
import { DEBRIEF_PAGES } from './debrief-pages.js';

export type DebriefKeys = {
  readonly page: number;
  /** The first line shown of the page. */
  readonly offset: number;
  /** Tells the keys how many lines can be scrolled on this page. */
  readonly setScrollable: (lines: number) => void;
};

/**
 * ←/→ or Tab turn the page, ↑/↓ (or PgUp/PgDn) scroll it, r retries, q quits. Page and scroll are
 * view state; retry and quit go to the machine.
 */
export function useDebriefKeys(
  send: (event: SessionEvent) => void,
  pageLines: number,
): DebriefKeys {
  const [page, setPage] = useState(0);
  const [offset, setOffset] = useState(0);
  const scrollable = useRef(0);
  const pages = DEBRIEF_PAGES.length;
  const turn = (step: number) => {
    setPage((at) => (at + step + pages) % pages);
    setOffset(0);
  };
  const scroll = (lines: number) =>
    setOffset((at) => Math.max(0, Math.min(scrollable.current, at + lines)));
  useInput((input, key) => {
    if (key.rightArrow || key.tab) turn(1);
    else if (key.leftArrow) turn(-1);
    else if (key.downArrow) scroll(1);
    else if (key.upArrow) scroll(-1);
    else if (key.pageDown || input === ' ') scroll(Math.max(1, pageLines - 1));
    else if (key.pageUp) scroll(-Math.max(1, pageLines - 1));
    else if (input === 'r') send({ type: 'attempt.retry' });
    else if (input === 'q') send({ type: 'session.quit' });
  });
  return {
    page,
    offset,
    setScrollable: (lines) => {
      scrollable.current = Math.max(0, lines);
    },
  };
}
