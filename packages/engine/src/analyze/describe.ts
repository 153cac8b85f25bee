import type { Meters } from '../transcript.js';

/** "resistance 80 and trust 20", the way problem messages name meter values. */
export function describeMeters(meters: Readonly<Meters>): string {
  const parts = Object.entries(meters).map(([name, value]) => `${name} ${value}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Choices named in a message at most; a longer path names its first ones and its length. */
const MAX_NAMED_CHOICES = 8;

/** "ask, hold", or for a long path its first choices and how many more. */
export function listChoices(choices: readonly string[]): string {
  if (choices.length <= MAX_NAMED_CHOICES) return choices.join(', ');
  const named = choices.slice(0, MAX_NAMED_CHOICES).join(', ');
  return `${named} and ${choices.length - MAX_NAMED_CHOICES} more`;
}

/** "after choosing ask, hold" or "at the start", the way problem messages name a path of choices. */
export function describeChoices(choices: readonly string[]): string {
  if (choices.length === 0) return 'at the start';
  if (choices.length <= MAX_NAMED_CHOICES) return `after choosing ${choices.join(', ')}`;
  const named = choices.slice(0, MAX_NAMED_CHOICES).join(', ');
  return `after choosing ${named} and ${choices.length - MAX_NAMED_CHOICES} more`;
}
