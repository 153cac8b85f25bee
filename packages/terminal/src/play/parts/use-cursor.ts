import { useRef, useState } from 'react';

export type Cursor = {
  readonly at: number;
  readonly up: () => void;
  readonly down: () => void;
  /** The position now, even between renders: keys that arrive together (↑ then Enter) agree. */
  readonly current: () => number;
};

/** A highlight that wraps around a list of count items. */
export function useCursor(count: number): Cursor {
  const [at, setAt] = useState(0);
  const ref = useRef(0);
  const move = (step: number) => {
    if (count === 0) return;
    ref.current = (ref.current + step + count) % count;
    setAt(ref.current);
  };
  return { at, up: () => move(-1), down: () => move(1), current: () => ref.current };
}
