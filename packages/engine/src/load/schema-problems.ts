import * as z from 'zod';
import { Scenario } from '../schema/index.js';
import { didYouMean } from './did-you-mean.js';
import {
  descriptionOf,
  expectedText,
  foundText,
  ID_WORDS,
  isMissing,
  keysOf,
  schemaAt,
  slugify,
  unwrap,
  valueAt,
} from './schema-words.js';
import type { Finding, Path } from './types.js';

type Issue = z.core.$ZodIssue;

/** zod's issues on the whole scenario, in words a facilitator can act on. */
export function schemaFindings(issues: readonly Issue[], data: unknown): Finding[] {
  const all = issues.flatMap((issue) => findings(issue, [], data));
  // A misspelled key also leaves the real one missing; the "did you mean" already says both.
  const misspelled = new Set(
    all
      .filter((finding) => finding.suggestion && finding.atKey)
      .map((finding) => pathKey([...finding.path.slice(0, -1), finding.suggestion as string])),
  );
  return all.filter((finding) => !(finding.missing && misspelled.has(pathKey(finding.missing))));
}

/**
 * `__proto__` keys, which zod passes over in sections of ids (and yaml keeps as plain own keys,
 * so nothing is polluted): reported here so they are not silently dropped.
 */
export function protoFindings(data: unknown): Finding[] {
  const found: Finding[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    if (value === null || typeof value !== 'object') continue;
    for (const [key, item] of Object.entries(value)) {
      const itemPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (key === '__proto__') {
        const parent = schemaAt(Scenario, path);
        const inRecord = parent !== undefined && unwrap(parent) instanceof z.ZodRecord;
        found.push({
          path: itemPath,
          atKey: true,
          message: inRecord
            ? `"${key}" is not a valid id: use lowercase words joined by hyphens, like "ask-about-her-week"`
            : `unknown key "${key}"`,
          found: key,
        });
      } else {
        stack.push({ value: item, path: itemPath });
      }
    }
  }
  return found;
}

function pathKey(path: Path): string {
  return JSON.stringify(path);
}

function findings(issue: Issue, base: Path, data: unknown): Finding[] {
  const path: Path = [...base, ...(issue.path as (string | number)[])];
  const schema = schemaAt(Scenario, path);
  const value = valueAt(data, path);
  const label = labelOf(path);
  const mismatch = (): Finding => {
    const expected = expectedText(schema);
    const found = foundText(value);
    return { path, message: `${label} must be ${expected}, found ${found}`, expected, found };
  };

  switch (issue.code) {
    case 'invalid_value':
    case 'invalid_type': {
      if (isMissing(data, path)) {
        const key = String(path[path.length - 1]);
        const about = descriptionOf(schema);
        const expected = expectedText(schema);
        return [
          {
            path: path.slice(0, -1),
            missing: path,
            message: `${labelOf(path.slice(0, -1))} is missing "${key}": ${about ? sentence(about) : expected}`,
            expected,
            found: 'nothing',
          },
        ];
      }
      return issue.code === 'invalid_value'
        ? [enumFinding(issue.values, path, label, value)]
        : [mismatch()];
    }
    case 'unrecognized_keys': {
      const known = keysOf(schema);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        const listed = known.filter((name) => name !== '$schema').join(', ');
        return {
          path: [...path, key],
          atKey: true,
          message:
            suggestion || known.length === 0
              ? `unknown key "${key}"`
              : `unknown key "${key}"; ${label === 'the scenario' ? 'a scenario' : label} takes ${listed}`,
          expected: listed,
          found: key,
          ...(suggestion ? { suggestion } : {}),
        };
      });
    }
    case 'invalid_format': {
      const found = foundText(value);
      const suggestion = typeof value === 'string' ? slugify(value) : '';
      return [
        {
          path,
          message: `${label} must be ${ID_WORDS}, found ${found}`,
          expected: ID_WORDS,
          found,
          ...(suggestion ? { suggestion } : {}),
        },
      ];
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const tooLong = issue.issues.some((inner) => inner.code === 'too_big');
      const suggestion = slugify(key);
      return [
        {
          path,
          atKey: true,
          message: tooLong
            ? `"${key.slice(0, 40)}..." is too long for an id: at most 64 characters`
            : `"${key}" is not a valid id: use lowercase words joined by hyphens, like "ask-about-her-week"`,
          expected: ID_WORDS,
          found: JSON.stringify(key),
          ...(suggestion && suggestion !== key ? { suggestion } : {}),
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        return issue.code === 'too_small'
          ? [{ path, message: `${label} must not be empty`, expected: 'text', found: 'nothing' }]
          : [
              {
                path,
                message: `${label} is too long: ${length} characters, at most ${String(issue.maximum)}`,
                expected: `at most ${String(issue.maximum)} characters`,
                found: `${length} characters`,
              },
            ];
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const noun = ITEM_NAMES[String(path[path.length - 1])] ?? 'item';
        const expected = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)} ${plural(Number(bound), noun)}`;
        const found = String(count);
        return [
          { path, message: `${label} must have ${expected}, found ${found}`, expected, found },
        ];
      }
      return [mismatch()];
    }
    case 'invalid_union': {
      // Follow the alternative that matches the kind of value found (an id or a list of
      // branches), so the message speaks about what is actually wrong inside it.
      for (const alternative of issue.errors) {
        const wrongKind = alternative.some(
          (inner) => inner.code === 'invalid_type' && inner.path.length === 0,
        );
        if (!wrongKind && alternative.length > 0) {
          return alternative.flatMap((inner) => findings(inner, path, data));
        }
      }
      return [mismatch()];
    }
    default:
      return [{ path, message: `${label}: ${issue.message}` }];
  }
}

const ITEM_NAMES: Readonly<Record<string, string>> = {
  options: 'option',
  variants: 'variant',
  next: 'branch',
  skills: 'skill',
  tests: 'test',
  choices: 'choice',
};

function enumFinding(
  values: readonly unknown[],
  path: Path,
  label: string,
  value: unknown,
): Finding {
  const options = values.map(String);
  const suggestion = typeof value === 'string' ? didYouMean(value, options) : undefined;
  const expected = `one of ${options.join(', ')}`;
  const found = foundText(value);
  return {
    path,
    message: `${label} must be ${expected}, found ${found}`,
    expected,
    found,
    ...(suggestion ? { suggestion } : {}),
  };
}

/** How a message names a place: the key, or "item 2 of skills" inside a list. */
function labelOf(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the scenario';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    const item = typeof parent === 'string' ? ITEM_NAMES[parent] : undefined;
    if (item) return `${item} ${last + 1}`;
    return parent === undefined ? `item ${last + 1}` : `item ${last + 1} of ${String(parent)}`;
  }
  return last;
}

/** A description as the end of a message: no capital, no full stop. */
function sentence(description: string): string {
  const trimmed = description.replace(/\.$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
