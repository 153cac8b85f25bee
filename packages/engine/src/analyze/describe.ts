import type { Meters } from '../transcript.js';

/** "resistance 80 and trust 20", the way problem messages name meter values. */
export function describeMeters(meters: Readonly<Meters>): string {
  const parts = Object.entries(meters).map(([name, value]) => `${name} ${value}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "after ask, hold" or "at the start", the way problem messages name a path of choices. */
export function describeChoices(choices: readonly string[]): string {
  return choices.length === 0 ? 'at the start' : `after choosing ${choices.join(', ')}`;
}
