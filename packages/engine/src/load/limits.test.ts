import { describe, expect, it } from 'vitest';
import { findDeepNesting, utf8Size } from './limits.js';

describe('findDeepNesting', () => {
  it('passes a scenario-shaped file', () => {
    const text =
      'nodes:\n  a:\n    options:\n      - id: x\n        next:\n          - when: { trust: { min: 1 } }\n            to: b\n';
    // Nine levels: the document, nodes, a, options, an option, next, a branch, when, trust.
    expect(findDeepNesting(text, 9)).toBeUndefined();
    expect(findDeepNesting(text, 8)).toBe(text.indexOf('{ min'));
  });

  it('counts indentation, compact list items and brackets', () => {
    expect(findDeepNesting('a:\n b:\n  c:\n   d: 1\n', 3)).toBe(15);
    expect(findDeepNesting('- - - - x\n', 3)).toBe(8);
    expect(findDeepNesting('a: [[[[1]]]]\n', 3)).toBe(5);
  });

  it('ignores brackets inside quotes and comments', () => {
    expect(findDeepNesting('a: "[[[[" # [[[[\nb: \'{{{{\'\n', 2)).toBeUndefined();
  });

  it('ignores brackets in comment lines', () => {
    expect(findDeepNesting('a: 1\n# [[[[\n  # {{{{\n', 2)).toBeUndefined();
  });

  it('ignores an apostrophe inside a word', () => {
    expect(findDeepNesting("a: don't [[[[\n", 3)).toBe(11);
  });
});

describe('utf8Size', () => {
  it('counts the bytes of each character in UTF-8', () => {
    expect(utf8Size('abc', 100)).toBe(3);
    expect(utf8Size('é', 100)).toBe(2);
    expect(utf8Size('€', 100)).toBe(3);
    expect(utf8Size('😀', 100)).toBe(4);
  });

  it('stops counting once the text is surely over the limit', () => {
    expect(utf8Size('abcdef', 3)).toBe(6);
  });
});
