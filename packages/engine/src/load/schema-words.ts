import * as z from 'zod';
import { Id, Next } from '../schema/index.js';
import type { Path } from './types.js';

/**
 * The zod schema in words a facilitator reads: what a place in the file expects, what was
 * found there, and which keys a section takes.
 */

/** The schema for the value at path, or undefined when the path leaves the schema. */
export function schemaAt(root: z.ZodType, path: Path): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (let i = 0; i < path.length && schema; i++) {
    const segment = path[i] as string | number;
    const inner: z.ZodType = unwrap(schema);
    if (inner instanceof z.ZodUnion) {
      const rest = path.slice(i);
      for (const option of inner.options as readonly z.ZodType[]) {
        const found = schemaAt(option, rest);
        if (found) return found;
      }
      return undefined;
    }
    if (inner instanceof z.ZodObject) {
      const shape = inner.shape as Record<string, z.ZodType>;
      schema = Object.hasOwn(shape, segment) ? shape[segment] : undefined;
    } else if (inner instanceof z.ZodRecord) {
      schema = inner.valueType as z.ZodType;
    } else if (inner instanceof z.ZodArray && typeof segment === 'number') {
      schema = inner.element as z.ZodType;
    } else {
      schema = undefined;
    }
  }
  return schema;
}

/** Optional and default wrappers say nothing about the value itself. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** The schema's own description (set with `.describe()`), looking through wrappers. */
export function descriptionOf(schema: z.ZodType | undefined): string | undefined {
  let current = schema;
  while (current) {
    if (current.description) return current.description;
    if (!(current instanceof z.ZodOptional || current instanceof z.ZodDefault)) return undefined;
    current = current.unwrap() as z.ZodType;
  }
  return undefined;
}

export const ID_WORDS = 'an id of lowercase words joined by hyphens, like "ask-about-her-week"';

/** "a whole number from 0 to 100", "one of introductory, intermediate, advanced"... */
export function expectedText(schema: z.ZodType | undefined): string {
  if (!schema) return 'something else';
  if (schema === Next || unwrap(schema) === Next)
    return 'a node or ending id, or a list of branches';
  const inner = unwrap(schema);
  if (inner === Id || (inner instanceof z.ZodString && inner.format === 'regex')) return ID_WORDS;
  if (inner instanceof z.ZodString) return 'text';
  if (inner instanceof z.ZodNumber) return numberWords(inner);
  if (inner instanceof z.ZodEnum) return `one of ${(inner.options as string[]).join(', ')}`;
  if (inner instanceof z.ZodRecord) return 'a section of entries, each under its own id';
  if (inner instanceof z.ZodObject) {
    const keys = keysOf(inner).filter((key) => key !== '$schema');
    const shown = keys.slice(0, 4).join(', ');
    return `a section with keys like ${shown}`;
  }
  if (inner instanceof z.ZodArray) return 'a list';
  if (inner instanceof z.ZodUnion) {
    return (inner.options as readonly z.ZodType[])
      .map((option) => expectedText(option))
      .join(', or ');
  }
  return 'something else';
}

function numberWords(schema: z.ZodNumber): string {
  const kind = schema.isInt ? 'a whole number' : 'a number';
  const min = bounded(schema.minValue);
  const max = bounded(schema.maxValue);
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}

function bounded(value: number | null): number | undefined {
  if (value === null || !Number.isFinite(value)) return undefined;
  return Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value;
}

/** The keys a section takes, in the order the format lists them. */
export function keysOf(schema: z.ZodType | undefined): string[] {
  const inner = schema ? unwrap(schema) : undefined;
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** A found value in words: `"high"`, `42`, `a list`, `nothing`. */
export function foundText(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(short);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a section';
  return String(value);
}

/** A likely id for something typed as words, like "Opening" or "ask_about". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** The value at path in the parsed data, reading own keys only. */
export function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) {
      return undefined;
    }
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** Whether path names a key that is absent from an existing section. */
export function isMissing(root: unknown, path: Path): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1] as string | number;
  return (
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, last)
  );
}
