import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, playChoices, type Scenario, viewConversation } from '@rapport/engine';

export function bundled(id: string): Scenario {
  const file = fileURLToPath(new URL(`../../../scenarios/${id}.yaml`, import.meta.url));
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scenario;
}

/** A small seeded generator, so a failing run can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** The options a trainer would show next, worked out as the browser does: by replaying. */
export function offered(
  scenario: Scenario,
  seed: number,
  choices: readonly string[],
): string[] | null {
  const view = viewConversation(scenario, playChoices(scenario, choices, { seed }).snapshot);
  return view.kind === 'node' ? view.options.map((option) => option.id) : null;
}

/**
 * A request as a participant's trainer sends it: on a network failure (no answer at all) it is
 * sent again, as the trainer's queue does; the room must then store it once.
 */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await callOnce(base, method, path, body, token);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** One request, no retry: for tests that watch a failure happen. */
export async function callOnce(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(new URL(path, base), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}
