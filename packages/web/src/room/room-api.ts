import type { ScenarioCard } from '../scenarios/library-catalog';

/**
 * The room's HTTP API, as the trainer uses it. The room keeps every turn and works out every
 * score itself; the trainer only says who joined, which attempt started, and what was chosen.
 */
export type RoomListing = { readonly room: true; readonly scenarios: readonly ScenarioCard[] };

export type RoomAttempt = {
  readonly id: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly mode: 'coach' | 'assess';
  readonly startedAt: string;
  readonly choices: readonly string[];
  readonly outcome: string | null;
};

/** A request the room answered with a refusal: not worth sending again. */
export class RoomRefusal extends Error {
  override readonly name = 'RoomRefusal';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function roomRequest<T>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text
    ? (JSON.parse(text) as T & { error?: string })
    : ({} as T & { error?: string });
  // 5xx: the room could not store it just now; the caller keeps it and tries again.
  if (response.status >= 500)
    throw new Error(parsed.error ?? `the room answered ${response.status}`);
  if (!response.ok)
    throw new RoomRefusal(response.status, parsed.error ?? `refused (${response.status})`);
  return parsed;
}

/** The room this page was served by, or null when the trainer runs on its own. */
export async function findRoom(): Promise<RoomListing | null> {
  try {
    const response = await fetch('/api/room', { headers: { accept: 'application/json' } });
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return null;
    const listing = (await response.json()) as Partial<RoomListing>;
    return listing.room === true && Array.isArray(listing.scenarios)
      ? (listing as RoomListing)
      : null;
  } catch {
    return null;
  }
}
