import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseYaml } from './parse-yaml.js';
import { readPlainYaml } from './plain-yaml.js';
import { positionIndex, sourceMapOf } from './position-index.js';
import { checkStructure } from './structure.js';
import type { Path } from './types.js';

const scenarios = fileURLToPath(new URL('../../../../scenarios/', import.meta.url));
const bundled = readdirSync(scenarios)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => readFileSync(scenarios + file, 'utf8'));
/** The bundled scenarios fold long text with ">-", which is left to yaml; here written plainly. */
const plain = bundled.map((text) => stringify(parse(text), { lineWidth: 0 }));

/** Every path in the values, each followed by one segment that is not there. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path, [...path, 'not-a-key'], [...path, 99]);
  if (Array.isArray(value))
    value.forEach((item, i) => {
      pathsOf(item, [...path, i], out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/**
 * When readPlainYaml reads a text, yaml must read it the same way: no errors, no structure
 * problems, the same values, line starts and places for every path. Says whether it was read.
 */
function agreesWithYaml(text: string): boolean {
  const plain = readPlainYaml(text);
  if (!plain) return false;
  const { doc, lines, secondDocument, tooManyTokens } = parseYaml(text);
  expect(doc.errors, text).toEqual([]);
  expect(secondDocument).toBeUndefined();
  expect(tooManyTokens).toBeUndefined();
  const structure = checkStructure(doc);
  expect(structure).toEqual({ problems: [], aliases: false, protoKeys: false });
  const data = doc.toJS();
  expect(plain.data, text).toStrictEqual(data);
  expect(plain.lines.lineStarts, text).toEqual(lines.lineStarts);
  const full = positionIndex(doc, lines);
  const ours = sourceMapOf(plain.root, plain.rootStart, plain.lines);
  expect(full).toBeDefined();
  for (const path of pathsOf(data)) {
    expect(ours.locate(path), `${text}\n${JSON.stringify(path)}`).toEqual(full?.locate(path));
    expect(ours.locateKey(path), `${text}\n${JSON.stringify(path)}`).toEqual(full?.locateKey(path));
  }
  return true;
}

/** A small seeded generator, so a failure repeats. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('readPlainYaml', () => {
  it('reads the bundled scenarios, written plainly, as yaml does', () => {
    // Two of them hold a quoted quote (\"), which is left to yaml too.
    expect(plain.filter((text) => agreesWithYaml(text)).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the bundled scenarios themselves to yaml (they fold text with ">-")', () => {
    for (const text of bundled) expect(readPlainYaml(text)).toBeUndefined();
  });

  it('reads small plain files as yaml does', () => {
    const texts = [
      'a: 1\n',
      'a: 1',
      'a:\nb: -2\nc: 0.5\nd: 007\n',
      '# top\n\na:\n  # inside\n  - x\n  -  y\n  - "q: #"\n  - \'it\'\n',
      'a:\n  - b: c\n    d:\n      - 1\n  - e\n',
      'a:\n    b:\n        c: text with, commas and a:colon\n',
      'list:\n  - id: x\n    when:\n      trust:\n        min: 40\n',
      'a: ""\nb: \'\'\n',
    ];
    for (const text of texts) agreesWithYaml(text);
    expect(agreesWithYaml('a:\n  - b: c\n    d:\n      - 1\n  - e\n')).toBe(true);
  });

  it('leaves to yaml what it does not read exactly', () => {
    const texts = [
      '',
      '# only a comment\n',
      'a: 1\na: 2\n',
      'a:\n- b\n',
      'a: [1, 2]\n',
      'a: &x 1\nb: *x\n',
      'a: |\n  text\n',
      'a: "esc\\n"\n',
      'a: text\n  more text\n',
      'a: null\n',
      'a: true\n',
      '"a": 1\n',
      'a: 1 # comment\n',
      'a:\tb\n',
      'a: b\r\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      '  a: 1\n',
      'a: b: c\n',
      'a: 1e5\n',
      'a: +1\n',
      'a: .5\n',
      'a: 0x1f\n',
      '__proto__: 1\n',
      'text\n',
      '- a\n- - b\n',
      'a: trailing \n',
    ];
    for (const text of texts) expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('agrees with yaml on damaged copies of the bundled scenarios, written plainly', () => {
    const next = random(17);
    const pieces = [
      ' ',
      '  ',
      '-',
      '- ',
      ':',
      ': ',
      '#',
      ' #',
      '"',
      "'",
      '\n',
      'a',
      '1',
      '-1',
      '\t',
    ];
    let read = 0;
    for (let turn = 0; turn < 300; turn++) {
      const source = plain[turn % plain.length] as string;
      let text = source;
      for (let edit = 0; edit < 1 + Math.floor(next() * 3); edit++) {
        const at = Math.floor(next() * text.length);
        const cut = Math.floor(next() * 3);
        const piece = next() < 0.3 ? '' : (pieces[Math.floor(next() * pieces.length)] as string);
        text = text.slice(0, at) + piece + text.slice(at + cut);
      }
      if (agreesWithYaml(text)) read++;
    }
    // Most single slips leave a plain file; both kinds must have been tried.
    expect(read).toBeGreaterThan(20);
    expect(read).toBeLessThan(300);
  }, 120_000);
});
