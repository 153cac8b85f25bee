import type * as SessionModule from './session.js';

let loaded: typeof SessionModule | undefined;

/**
 * The session (the machines, and with them the engine, zod and XState), loaded on its own after
 * the briefing is on screen: the briefing needs only the scenario, and the learner reads it while
 * the rest loads.
 */
export async function loadSession(): Promise<typeof SessionModule> {
  loaded ??= await import('./session.js');
  return loaded;
}

/** The session module if it has loaded, so a later screen never waits for it again. */
export function loadedSession(): typeof SessionModule | undefined {
  return loaded;
}
