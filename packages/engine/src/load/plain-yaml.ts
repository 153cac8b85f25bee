import { LineCounter } from 'yaml';
import { MAX_DEPTH, MAX_TOKENS } from './limits.js';
import type { Positions } from './position-index.js';

export type PlainYaml = {
  /** The values, as yaml's `toJS` makes them. */
  readonly data: unknown;
  /** Where each key and value starts, as `positionIndex` copies them from a yaml document. */
  readonly root: Positions;
  readonly rootStart: number;
  readonly lines: LineCounter;
};

/** Thrown inside readPlainYaml when the text leaves the plain subset; never escapes it. */
const NOT_PLAIN = Symbol('not plain');

/** Characters yaml may treat in ways of its own (tabs, returns, controls, odd line breaks, BOM). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ODD_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const INTEGER = /^-?[0-9]{1,15}$/;
const DECIMAL = /^-?[0-9]{1,15}\.[0-9]{1,15}$/;
/** Plain words yaml's core schema reads as null or a boolean. */
const NOT_TEXT = new Set([
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
]);
/** yaml's lexer makes at most this many tokens of one line of the plain subset. */
const TOKENS_PER_LINE = 10;
const SPACE = 32;
const DASH = 45;
const COLON = 58;
const QUOTE = 34;
const APOSTROPHE = 39;

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isKeyCharacter = (code: number) =>
  isLetter(code) || (code >= 48 && code <= 57) || code === DASH || code === 95;

/**
 * The values and positions of a file written in the plain block YAML that scenarios are made of,
 * read straight from the lines without yaml's tokens, syntax tree and document (which for the
 * bench's 1.6 MB file cost over a second and some 40 MB of short-lived objects). Undefined
 * for anything else, and for anything yaml might read otherwise or find fault with: then the
 * caller parses with yaml as before, so every problem is found and worded as before.
 *
 * The subset: sections of `key: value` lines and lists of `- value` lines, nested by spaces;
 * keys are words (a letter, then letters, digits, "-" and "_"), each once per section; a value
 * is a one-line "double-quoted" or 'single-quoted' string without escapes, a plain integer or
 * decimal, or plain text that starts with a letter; blank lines and whole-line comments.
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (text.length === 0 || ODD_CHARACTERS.test(text)) return undefined;
  const lines = new LineCounter();
  lines.addNewLine(0);
  // The content lines: indent, where the content starts, where the line ends.
  const indents: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let physical = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    else lines.addNewLine(end + 1);
    physical++;
    let content = start;
    while (content < end && text.charCodeAt(content) === SPACE) content++;
    if (content < end && text.charCodeAt(content) !== 35 /* # */) {
      indents.push(content - start);
      starts.push(content);
      ends.push(end);
    }
    start = end + 1;
  }
  const count = starts.length;
  if (count === 0 || indents[0] !== 0 || physical * TOKENS_PER_LINE + 2 > MAX_TOKENS) {
    return undefined;
  }

  let at = 0;
  const fail = (): never => {
    throw NOT_PLAIN;
  };
  /** The end of the word key starting at s when a key follows (`key:` then a space or the end). */
  const keyEnd = (s: number, e: number): number => {
    if (!isLetter(text.charCodeAt(s))) return -1;
    let k = s + 1;
    while (k < e && isKeyCharacter(text.charCodeAt(k))) k++;
    if (k >= e || text.charCodeAt(k) !== COLON) return -1;
    return k + 1 === e || text.charCodeAt(k + 1) === SPACE ? k : -1;
  };
  const scalar = (s: number, e: number): unknown => {
    const first = text.charCodeAt(s);
    if (first === QUOTE || first === APOSTROPHE) {
      if (e - s < 2 || text.charCodeAt(e - 1) !== first) fail();
      const inner = text.slice(s + 1, e - 1);
      if (inner.includes(first === QUOTE ? '"' : "'") || inner.includes('\\')) fail();
      return inner;
    }
    const value = text.slice(s, e);
    if ((first >= 48 && first <= 57) || first === DASH) {
      if (INTEGER.test(value)) return Number.parseInt(value, 10);
      if (DECIMAL.test(value)) return Number.parseFloat(value);
      fail();
    }
    const last = text.charCodeAt(e - 1);
    if (!isLetter(first) || last === SPACE || last === COLON) fail();
    if (value.includes(': ') || value.includes(' #') || NOT_TEXT.has(value)) fail();
    return value;
  };

  type Block = { value: unknown; positions: Positions };
  /** The section or list whose first line is `at`, indented by indent. */
  const block = (indent: number, depth: number): Block => {
    const s = starts[at] as number;
    return text.charCodeAt(s) === DASH ? list(indent, depth) : section(indent, s, depth);
  };
  /** A section whose first key starts at s on line `at` (after "- " when in a list). */
  const section = (indent: number, s: number, depth: number): Block => {
    if (depth >= MAX_DEPTH - 1) fail();
    const value: Record<string, unknown> = {};
    const keys: string[] = [];
    const positions: Positions = {
      keys,
      keyStart: [],
      valueStart: [],
      atKey: [],
      children: [],
    };
    for (;;) {
      const e = ends[at] as number;
      const k = keyEnd(s, e);
      if (k < 0 || k - s > 1000) fail();
      const key = text.slice(s, k);
      if (NOT_TEXT.has(key) || Object.hasOwn(value, key)) fail();
      keys.push(key);
      (positions.keyStart as number[]).push(s);
      if (k + 1 === e) {
        at++;
        const next = indents[at];
        if (next !== undefined && next > indent) {
          const child = block(next, depth + 1);
          value[key] = child.value;
          (positions.valueStart as number[]).push(starts[at] as number);
          positions.children.push(child.positions);
        } else {
          // A list lined up with its key is valid YAML, but left to yaml.
          if (next === indent && text.charCodeAt(starts[at] as number) === DASH) fail();
          value[key] = null;
          (positions.valueStart as number[]).push(-1);
          positions.children.push(undefined);
        }
        (positions.atKey as number[]).push(1);
      } else {
        const v = k + 2;
        if (v >= e || text.charCodeAt(v) === SPACE) fail();
        value[key] = scalar(v, e);
        (positions.valueStart as number[]).push(v);
        (positions.atKey as number[]).push(0);
        positions.children.push(undefined);
        at++;
      }
      if (at >= count) break;
      const next = indents[at] as number;
      if (next < indent) break;
      if (next > indent) fail();
      s = starts[at] as number;
    }
    return { value, positions };
  };
  /** A list whose first "- " is on line `at`. */
  const list = (indent: number, depth: number): Block => {
    if (depth >= MAX_DEPTH - 1) fail();
    const value: unknown[] = [];
    const positions: Positions = {
      keys: null,
      keyStart: [],
      valueStart: [],
      atKey: [],
      children: [],
    };
    for (;;) {
      const s = starts[at] as number;
      const e = ends[at] as number;
      if (text.charCodeAt(s) !== DASH || text.charCodeAt(s + 1) !== SPACE) fail();
      const c = s + 2;
      if (c >= e || text.charCodeAt(c) === SPACE) fail();
      (positions.keyStart as number[]).push(-1);
      (positions.valueStart as number[]).push(c);
      if (keyEnd(c, e) >= 0) {
        const child = section(indent + 2, c, depth + 1);
        value.push(child.value);
        (positions.atKey as number[]).push(1);
        positions.children.push(child.positions);
      } else {
        value.push(scalar(c, e));
        (positions.atKey as number[]).push(0);
        positions.children.push(undefined);
        at++;
      }
      if (at >= count) break;
      const next = indents[at] as number;
      if (next < indent) break;
      if (next > indent) fail();
    }
    return { value, positions };
  };

  try {
    const root = block(0, 0);
    if (at !== count) return undefined;
    return { data: root.value, root: root.positions, rootStart: starts[0] as number, lines };
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}
