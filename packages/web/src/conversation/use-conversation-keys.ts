import { useEffect, useRef } from 'react';

export type KeyHandlers = {
  /** Called with the 0-based option index for the keys 1 to 9. */
  readonly onPick: (index: number) => void;
  readonly onContinue: () => void;
};

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function activates(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/**
 * Number keys pick an option and Enter continues, wherever focus is, except while typing or when
 * Enter already belongs to a focused button or link.
 */
export function useConversationKeys(handlers: KeyHandlers, enabled = true): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (typingInto(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        event.preventDefault();
        latest.current.onPick(Number(event.key) - 1);
      } else if (event.key === 'Enter' && !activates(event.target)) {
        event.preventDefault();
        latest.current.onContinue();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
