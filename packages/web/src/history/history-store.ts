import { Attempt, StoredHistory } from './attempt';
import { browserStorage, NOT_KEPT_NOTICE, reasonOf } from './browser-storage';
import { HISTORY_KEY } from './saved-results';

export { HISTORY_KEY };
/** Where unreadable history is moved, so nothing is lost and the learner can start afresh. */
export const SET_ASIDE_KEY = 'rapport.history.set-aside';

export type HistoryRead = {
  readonly attempts: readonly Attempt[];
  /** Said to the learner when stored data could not be read; null when all was well. */
  readonly notice: string | null;
  /** False when the browser refuses site storage: nothing this visit does will be kept. */
  readonly kept: boolean;
};

/** The storage to use: the one given (tests), else the browser's, or null when it is blocked. */
function storageOf(given: Storage | undefined): Storage | null {
  if (given) return given;
  const access = browserStorage();
  return access.ok ? access.storage : null;
}

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
export function readHistory(given?: Storage): HistoryRead {
  const storage = storageOf(given);
  if (!storage) return { attempts: [], notice: NOT_KEPT_NOTICE, kept: false };
  let raw: string | null;
  try {
    raw = storage.getItem(HISTORY_KEY);
  } catch {
    return { attempts: [], notice: NOT_KEPT_NOTICE, kept: false };
  }
  if (raw === null) return { attempts: [], notice: null, kept: true };
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
      kept: true,
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
  if (rejected.length === 0) return { attempts, notice: null, kept: true };
  const key = setAside(storage, JSON.stringify({ version: 1, attempts: rejected }));
  writeHistory(attempts, storage);
  const count = rejected.length === 1 ? '1 saved attempt' : `${rejected.length} saved attempts`;
  return {
    attempts,
    kept: true,
    notice: `${count} could not be read (damaged or from an older version) and ${rejected.length === 1 ? 'was' : 'were'} set aside under "${key}" in this browser's storage. The rest of your history is intact.`,
  };
}

/** Saves the attempts; returns an error message when the browser refuses (storage full or off). */
export function writeHistory(attempts: readonly Attempt[], given?: Storage): string | null {
  const storage = storageOf(given);
  if (!storage) return NOT_SAVED('site storage is blocked');
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify({ version: 1, attempts }));
    return null;
  } catch (error) {
    return NOT_SAVED(reasonOf(error));
  }
}

const NOT_SAVED = (reason: string): string =>
  `This attempt could not be saved in the browser (${reason}). Export it before leaving the page.`;

/**
 * Forgets everything the trainer kept in this browser (for a shared workshop laptop): the
 * history, the copies set aside and the conversation in progress. Returns why not, or null.
 */
export function clearHistory(given?: Storage): string | null {
  const storage = storageOf(given);
  if (!storage)
    return 'This browser is not letting the trainer use its storage, so there is nothing kept to clear.';
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith('rapport.')) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return null;
  } catch (error) {
    return `The history could not be cleared (${reasonOf(error)}).`;
  }
}
