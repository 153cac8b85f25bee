import { useEffect } from 'react';

/**
 * What to ask before the learner leaves the screen, or null when leaving loses nothing. One
 * screen at a time sets it (the conversation in progress); the hash router asks before an in-app
 * move or Back, and the browser asks before a reload or closing the tab.
 */
let question: string | null = null;

export function leaveQuestion(): string | null {
  return question;
}

/** Leaving loses nothing any more (the conversation ended and is being saved): stop asking now. */
export function releaseLeaveGuard(): void {
  question = null;
}

/** Asks before leaving while `message` is set; the browser shows its own words on reload. */
export function useLeaveGuard(message: string | null): void {
  useEffect(() => {
    if (message === null) return;
    question = message;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (question === null) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      if (question === message) question = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [message]);
}
