import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYaml } from './parse-yaml.js';
import { positionIndex } from './position-index.js';
import { sourceMap } from './source-map.js';
import type { Path } from './types.js';

const scenarios = fileURLToPath(new URL('../../../../scenarios/', import.meta.url));

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

describe('positionIndex', () => {
  it('places every path of the bundled scenarios where the full source map does', () => {
    for (const name of readdirSync(scenarios).filter((file) => file.endsWith('.yaml'))) {
      const { doc, lines } = parseYaml(readFileSync(scenarios + name, 'utf8'));
      const full = sourceMap(doc, lines);
      const index = positionIndex(doc, lines);
      expect(index, name).toBeDefined();
      for (const path of pathsOf(doc.toJS())) {
        expect(index?.locate(path), `${name} ${path.join('.')}`).toEqual(full.locate(path));
        expect(index?.locateKey(path), `${name} ${path.join('.')}`).toEqual(full.locateKey(path));
      }
    }
  });

  it('places empty values, flow sections and numbered keys as the full map does', () => {
    const text = 'id: x\nempty:\nflow: { a: 1, b: [2, 3] }\n1: one\nlist:\n  - \n  - a: b\n';
    const { doc, lines } = parseYaml(text);
    const full = sourceMap(doc, lines);
    const index = positionIndex(doc, lines);
    for (const path of pathsOf(doc.toJS())) {
      expect(index?.locate(path)).toEqual(full.locate(path));
      expect(index?.locateKey(path)).toEqual(full.locateKey(path));
    }
    expect(index?.locate(['flow', 'b', 1])).toEqual({ line: 3, column: 22 });
  });

  it('leaves files with aliases or keys that are not text to the full map', () => {
    const aliased = parseYaml('a: &x { b: 1 }\nc: *x\n');
    expect(positionIndex(aliased.doc, aliased.lines)).toBeUndefined();
    const listKey = parseYaml('? [a, b]\n: 1\n');
    expect(positionIndex(listKey.doc, listKey.lines)).toBeUndefined();
  });
});
