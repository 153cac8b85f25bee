export type Mode = 'coach' | 'assess';

export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'briefing'; readonly id: string }
  | {
      readonly name: 'play';
      readonly id: string;
      readonly mode: Mode;
      /** The seed the options' order is drawn from; a fresh one for every attempt when absent. */
      readonly seed?: number;
      /** Own-words play (issue 14): the learner types each reply; `words=1` in the address. */
      readonly words?: boolean;
    }
  | { readonly name: 'debrief'; readonly attempt: string }
  | { readonly name: 'history' }
  | { readonly name: 'facilitator' }
  | { readonly name: 'not-found'; readonly hash: string };

/** The largest seed (the engine's MAX_SEED): this module must not load the engine. */
const MAX_SEED = 0xffffffff;

/** A seed as a link writes it: a whole number from 0 to MAX_SEED, else none. */
function seedOf(text: string | null): number | undefined {
  if (text === null || !/^\d{1,10}$/.test(text)) return undefined;
  const seed = Number(text);
  return seed <= MAX_SEED ? seed : undefined;
}

/**
 * Reads a location hash: `#/`, `#/scenario/<id>`, `#/play/<id>?mode=assess&seed=N&words=1`,
 * `#/debrief/<attempt>`, `#/history`, `#/facilitator`.
 */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (parts.length === 0) return { name: 'library' };
  if (head === 'history' && parts.length === 1) return { name: 'history' };
  if (head === 'facilitator' && parts.length === 1) return { name: 'facilitator' };
  if (head === 'scenario' && id && parts.length === 2) return { name: 'briefing', id };
  if (head === 'debrief' && id && parts.length === 2) return { name: 'debrief', attempt: id };
  if (head === 'play' && id && parts.length === 2) {
    const params = new URLSearchParams(query);
    const mode = params.get('mode') === 'assess' ? 'assess' : 'coach';
    const seed = seedOf(params.get('seed'));
    const words = params.get('words') === '1';
    return {
      name: 'play',
      id,
      mode,
      ...(seed === undefined ? {} : { seed }),
      ...(words ? { words } : {}),
    };
  }
  return { name: 'not-found', hash };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'briefing':
      return `#/scenario/${encodeURIComponent(route.id)}`;
    case 'play': {
      const params = new URLSearchParams();
      if (route.mode === 'assess') params.set('mode', 'assess');
      if (route.seed !== undefined) params.set('seed', String(route.seed));
      if (route.words) params.set('words', '1');
      const query = params.toString();
      return `#/play/${encodeURIComponent(route.id)}${query ? `?${query}` : ''}`;
    }
    case 'debrief':
      return `#/debrief/${encodeURIComponent(route.attempt)}`;
    case 'history':
      return '#/history';
    case 'facilitator':
      return '#/facilitator';
    case 'not-found':
      return route.hash;
  }
}
