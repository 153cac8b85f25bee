export type Mode = 'coach' | 'assess';

export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'briefing'; readonly id: string }
  | { readonly name: 'play'; readonly id: string; readonly mode: Mode }
  | { readonly name: 'debrief'; readonly attempt: string }
  | { readonly name: 'history' }
  | { readonly name: 'facilitator' }
  | { readonly name: 'not-found'; readonly hash: string };

/** Reads a location hash: `#/`, `#/scenario/<id>`, `#/play/<id>?mode=assess`, `#/debrief/<attempt>`, `#/history`, `#/facilitator`. */
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
    const mode = new URLSearchParams(query).get('mode') === 'assess' ? 'assess' : 'coach';
    return { name: 'play', id, mode };
  }
  return { name: 'not-found', hash };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'briefing':
      return `#/scenario/${encodeURIComponent(route.id)}`;
    case 'play':
      return `#/play/${encodeURIComponent(route.id)}${route.mode === 'assess' ? '?mode=assess' : ''}`;
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
