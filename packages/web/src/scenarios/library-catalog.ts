import type { Scenario } from '@rapport/engine';

/** What a library card shows of a scenario: small enough to ship with the first page. */
export type ScenarioCard = Pick<
  Scenario,
  'id' | 'title' | 'summary' | 'skills' | 'minutes' | 'difficulty'
> & { readonly stakeholder: Pick<Scenario['stakeholder'], 'name' | 'role'> };

/**
 * One bundled scenario file as the library sees it: its card and a way to fetch the whole scenario
 * when a route needs it, or the formatted problems that kept it from loading.
 */
export type LibraryEntry =
  | {
      readonly ok: true;
      readonly file: string;
      readonly card: ScenarioCard;
      /** Returns the same promise on every call, so React's `use` can suspend on it. */
      readonly load: () => Promise<Scenario>;
    }
  | { readonly ok: false; readonly file: string; readonly problems: readonly string[] };

export type LibraryCatalog = readonly LibraryEntry[];

export function cardOf(scenario: Scenario): ScenarioCard {
  const { id, title, summary, skills, minutes, difficulty, stakeholder } = scenario;
  return {
    id,
    title,
    summary,
    skills,
    minutes,
    difficulty,
    stakeholder: { name: stakeholder.name, role: stakeholder.role },
  };
}

/** Wraps a loader so that every call shares one promise (and a failed load can be retried). */
export function loadOnce(load: () => Promise<Scenario>): () => Promise<Scenario> {
  let pending: Promise<Scenario> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export function findEntry(
  catalog: LibraryCatalog,
  id: string,
): (LibraryEntry & { ok: true }) | undefined {
  for (const entry of catalog) if (entry.ok && entry.card.id === id) return entry;
  return undefined;
}
