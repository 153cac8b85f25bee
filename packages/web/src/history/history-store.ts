import { Attempt, StoredHistory } from './attempt';
import { HISTORY_KEY } from './saved-results';

export { HISTORY_KEY };
/** Where unreadable history is moved, so nothing is lost and the learner can start afresh. */
export const SET_ASIDE_KEY = 'rapport.history.set-aside';

export type HistoryRead = {
  readonly attempts: readonly Attempt[];
  /** Said to the learner when stored data could not be read; null when all was well. */
  readonly notice: string | null;
};

function setAside(storage: Storage, raw: string): string {
  const key = `${SET_ASIDE_KEY}.${new Date().toISOString()}`;
  try {
    storage.setItem(key, raw);
  } catch {
    // A full storage cannot keep the copy; the notice still tells the learner what happened.
  }
  return key;
}

/**
 * Reads the saved attempts, validating every one. Unreadable or outdated data is moved to another
 * key and reported, never thrown, so the page always renders.
 */
export function readHistory(storage: Storage = localStorage): HistoryRead {
  const raw = storage.getItem(HISTORY_KEY);
  if (raw === null) return { attempts: [], notice: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const stored = StoredHistory.safeParse(parsed);
  if (!stored.success) {
    const key = setAside(storage, raw);
    storage.removeItem(HISTORY_KEY);
    return {
      attempts: [],
      notice: `Your saved history could not be read (it is damaged or from an older version). It was set aside under "${key}" in this browser's storage, and a fresh history has started.`,
    };
  }
  const attempts: Attempt[] = [];
  const rejected: unknown[] = [];
  for (const item of stored.data.attempts) {
    const attempt = Attempt.safeParse(item);
    if (attempt.success) attempts.push(attempt.data);
    else rejected.push(item);
  }
  if (rejected.length === 0) return { attempts, notice: null };
  const key = setAside(storage, JSON.stringify({ version: 1, attempts: rejected }));
  writeHistory(attempts, storage);
  const count = rejected.length === 1 ? '1 saved attempt' : `${rejected.length} saved attempts`;
  return {
    attempts,
    notice: `${count} could not be read (damaged or from an older version) and ${rejected.length === 1 ? 'was' : 'were'} set aside under "${key}" in this browser's storage. The rest of your history is intact.`,
  };
}

/** Saves the attempts; returns an error message when the browser refuses (storage full or off). */
export function writeHistory(
  attempts: readonly Attempt[],
  storage: Storage = localStorage,
): string | null {
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify({ version: 1, attempts }));
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `This attempt could not be saved in the browser (${reason}). Export it before leaving the page.`;
  }
}
