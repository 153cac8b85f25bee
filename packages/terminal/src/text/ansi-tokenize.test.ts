import * as library from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { styledCharsFromTokens, styledCharsToString, tokenize } from './ansi-tokenize.js';

const ESC = '\u001b';
const pieces = [
  'a',
  'Trust ',
  '█░',
  '·',
  '中',
  '😀',
  `${ESC}[1m`,
  `${ESC}[2m`,
  `${ESC}[22m`,
  `${ESC}[31m`,
  `${ESC}[39m`,
  `${ESC}[42m`,
  `${ESC}[49m`,
  `${ESC}[3m`,
  `${ESC}[23m`,
  `${ESC}[4m`,
  `${ESC}[7m`,
  `${ESC}[0m`,
  `${ESC}[38;5;208m`,
  `${ESC}]8;;https://example.org\u0007`,
  `${ESC}]8;;\u0007`,
];

describe('styledCharsToString', () => {
  it('writes what ansi-tokenize writes for any styled line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const chars = styledCharsFromTokens(tokenize(parts.join('')));
        expect(styledCharsToString(chars)).toBe(library.styledCharsToString(chars));
      }),
      { numRuns: 3000 },
    );
  });

  it('still closes the styles of the last character and opens the first one', () => {
    const chars = styledCharsFromTokens(tokenize(`${ESC}[1mbold${ESC}[22m plain ${ESC}[31mred`));
    const text = styledCharsToString(chars);
    expect(text.startsWith(`${ESC}[1mb`)).toBe(true);
    expect(text.endsWith(`red${ESC}[39m`)).toBe(true);
  });
});
