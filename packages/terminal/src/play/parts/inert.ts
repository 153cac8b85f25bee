import { printable } from '../../cli/printable.js';

/**
 * A copy of scenario data safe to show: every string made printable, so an escape sequence or a
 * direction override in a scenario file is shown, never acted on by the terminal. Views get this;
 * the machine and the transcript keep the original text, as the browser does.
 */
export function inert<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((item) => inert(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inert(item)])) as T;
  }
  return value;
}
