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

describe('tokenize', () => {
  const plain = ['a', 'Trust ', '█░', '·', '’', '→', ' ', ESC, `${ESC}[`, '[', ';', 'm', '1'];
  const more = [
    ...pieces,
    `${ESC}[m`,
    `${ESC}[1;31m`,
    `${ESC}[38;2;10;20;30m`,
    `${ESC}[48;5;1;4m`,
    `${ESC}[1:3m`,
    `${ESC}[?25l`,
    '\u009b1m',
    '\n',
    '\r',
    'e\u0301',
    '\u00ad',
  ];

  it('gives the tokens ansi-tokenize gives for any line, up to any column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...plain, ...more), { maxLength: 40 }),
        fc.option(fc.integer({ min: -1, max: 50 }), { nil: undefined }),
        (parts, endChar) => {
          const text = parts.join('');
          expect(tokenize(text, endChar)).toEqual(library.tokenize(text, endChar));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads every character of its fast set as the library does', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xa0, 0xac],
      [0xae, 0x17f],
      [0x2010, 0x2027],
      [0x2030, 0x203a],
      [0x2190, 0x2199],
      [0x2500, 0x259f],
    ];
    for (const [low, high] of ranges) {
      for (let code = low; code <= high; code++) {
        const text = `x${String.fromCodePoint(code)}${ESC}[1my`;
        expect(tokenize(text)).toEqual(library.tokenize(text));
      }
    }
  });

  it('reads a coloured screen line as the library does', () => {
    const line = `${ESC}[1mResistance${ESC}[22m ██████░░░░  55 ${ESC}[2m· ↑↓ move · Enter choose${ESC}[22m`;
    expect(tokenize(line)).toEqual(library.tokenize(line));
    expect(tokenize(line, 12)).toEqual(library.tokenize(line, 12));
  });
});
