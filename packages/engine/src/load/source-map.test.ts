import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const text = readFileSync(
  fileURLToPath(new URL('../../test/fixtures/load/minimal.yaml', import.meta.url)),
  'utf8',
);
const { locate } = loadScenario(text, 'minimal.yaml');

describe('locate', () => {
  it('points at a value where it is written', () => {
    expect(locate(['nodes', 'opening', 'options', 0, 'next'])).toEqual({ line: 24, column: 15 });
    expect(locate(['skills', 0])).toEqual({ line: 5, column: 10 });
  });

  it('points at the key that names a section', () => {
    expect(locate(['nodes', 'opening'])).toEqual({ line: 17, column: 3 });
    expect(locate(['endings'])).toEqual({ line: 25, column: 1 });
  });

  it('falls back to the nearest part of the path that exists', () => {
    expect(locate(['nodes', 'opening', 'options', 4, 'next'])).toEqual({ line: 19, column: 5 });
    expect(locate(['stakeholder', 'sensitivity', 'listening'])).toEqual({ line: 11, column: 1 });
  });

  it('follows an alias to the section it stands for', () => {
    const aliased = loadScenario('calm: &calm\n  resistance: { max: 40 }\nwhen: *calm\n', 'a.yaml');
    expect(aliased.locate(['when', 'resistance', 'max'])).toEqual({ line: 2, column: 22 });
  });

  it('points at a key written as a list or a section, which the values hold as text', () => {
    const listKey = loadScenario('id: x\n? [a, b]\n: 1\n', 'list-key.yaml');
    expect(listKey.problems.find((problem) => problem.message.includes('[ a, b ]'))).toMatchObject({
      line: 2,
      column: 3,
    });
  });

  it('has no place to point at in a file too large to read', () => {
    const huge = loadScenario('x'.repeat(50), 'huge.yaml', { maxBytes: 10 });
    expect(huge.locate(['id'])).toEqual({ line: 0, column: 0 });
  });
});
