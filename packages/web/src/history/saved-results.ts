import type { ScoredAttempt } from './outcome';

export const HISTORY_KEY = 'rapport.history';

const FAMILIES: ReadonlySet<unknown> = new Set(['listening', 'neutral', 'insistence', 'directive']);
const OUTCOMES: ReadonlySet<unknown> = new Set([
  'breakthrough',
  'partial',
  'stalemate',
  'escalation',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isScored(item: unknown): item is ScoredAttempt {
  if (!isRecord(item) || !isRecord(item.transcript)) return false;
  const { scenario, ending, turns } = item.transcript;
  return (
    isRecord(scenario) &&
    typeof scenario.id === 'string' &&
    (ending === null || (isRecord(ending) && OUTCOMES.has(ending.outcome))) &&
    Array.isArray(turns) &&
    turns.every((turn) => isRecord(turn) && FAMILIES.has(turn.family))
  );
}

/**
 * The saved attempts, checked only as far as the library's best results need. The full validation
 * (zod, and setting damaged data aside) lives in history-store.ts, which loads after the first
 * page; this check keeps zod and the engine off that page, and never throws, so damaged storage
 * cannot blank the library.
 */
export function readSavedResults(storage?: Storage): readonly ScoredAttempt[] {
  try {
    const raw = (storage ?? localStorage).getItem(HISTORY_KEY);
    if (raw === null) return [];
    const stored: unknown = JSON.parse(raw);
    if (!isRecord(stored) || stored.version !== 1 || !Array.isArray(stored.attempts)) return [];
    return stored.attempts.filter(isScored);
  } catch {
    return [];
  }
}
