import { useEffect, useState } from 'react';
import { leaveQuestion } from './leave-guard';
import { parseRoute, type Route } from './route';

/**
 * The current hash route, updated on every hash change (links, back and forward). While a screen
 * guards against leaving (see leave-guard.ts), the learner is asked first; if they stay, the
 * address goes back to the screen's own and the screen is left as it was.
 */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = (event: Event): void => {
      const question = leaveQuestion();
      if (question !== null && !window.confirm(question)) {
        const oldURL = event instanceof HashChangeEvent ? event.oldURL : '';
        // A new entry, not a replaced one: after a refused Back, Back still leads where it did.
        if (oldURL) window.history.pushState(window.history.state, '', oldURL);
        return;
      }
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}
