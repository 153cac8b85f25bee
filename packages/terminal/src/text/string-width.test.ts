import fc from 'fast-check';
import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import stringWidth from './string-width.js';

const RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2190, 0x2199],
  [0x2500, 0x259f],
];
const fastCharacters = RANGES.flatMap(([low, high]) =>
  Array.from({ length: high - low + 1 }, (_, i) => String.fromCodePoint(low + i)),
);

describe('stringWidth', () => {
  it('gives each character of the fast path the one column string-width gives it', () => {
    for (const character of fastCharacters) {
      expect([character, realStringWidth(character)]).toEqual([character, 1]);
    }
  });

  it('measures scenario prose as string-width does', () => {
    for (const text of [
      'I hear you, and that’s exactly why — well… “the module” asks twice.',
      'Resistance ██████░░░░ 55 · ← back · ↑↓ move · Enter choose',
      'Café, naïve, Zoë: 50 % off ±2',
      '\u001b[1mTrust\u001b[22m ████░░░░░░ 40 \u001b[2m· q quit\u001b[22m',
    ]) {
      expect(stringWidth(text)).toBe(realStringWidth(text));
    }
  });

  it('agrees with string-width on any mix of fast, wide, combining and invisible characters', () => {
    const others = [
      '中',
      '😀',
      '👍🏽',
      'e\u0301',
      '\u200d',
      '\u00ad',
      '\u001b[31m',
      '\u001b[39m',
      '\u001b]8;;https://example.org\u0007',
      '\u009b1m',
      '\u0007',
      '\t',
      '\ufe0f',
    ];
    const piece = fc.oneof(fc.constantFrom(...fastCharacters), fc.constantFrom(...others));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, wide) => {
        const text = pieces.join('');
        const options = { ambiguousIsNarrow: !wide };
        expect(stringWidth(text, options)).toBe(realStringWidth(text, options));
        expect(stringWidth(text)).toBe(realStringWidth(text));
        const counted = { countAnsiEscapeCodes: true };
        expect(stringWidth(text, counted)).toBe(realStringWidth(text, counted));
      }),
      { numRuns: 2000 },
    );
  });
});
