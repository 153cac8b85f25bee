import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeSegmenter } from './graphemes.js';

const RANGES: readonly [number, number][] = [
  [0x0a, 0x0a],
  [0x1b, 0x1b],
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
const others = [
  '中',
  '😀',
  '👍🏽',
  '\u0301',
  '\u200d',
  '\u00ad',
  '\r',
  '\r\n',
  '\u0007',
  '\t',
  '\ufe0f',
  '\u1100',
  '\u1161',
  '🇩🇪',
];

const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const plain = (segments: Iterable<{ segment: string; index: number; input: string }>) =>
  [...segments].map(({ segment, index, input }) => ({ segment, index, input }));

describe('graphemeSegmenter', () => {
  it('splits text into the graphemes Intl.Segmenter finds', () => {
    const ours = graphemeSegmenter(undefined, { granularity: 'grapheme' });
    const piece = fc.oneof(fc.constantFrom(...fastCharacters), fc.constantFrom(...others));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(plain(ours.segment(text))).toEqual(plain(real.segment(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the grapheme at any position as Intl.Segmenter does', () => {
    const ours = graphemeSegmenter();
    const piece = fc.oneof(fc.constantFrom(...fastCharacters), fc.constantFrom(...others));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.integer({ min: -2, max: 40 }),
        (pieces, at) => {
          const text = pieces.join('');
          const mine = ours.segment(text).containing(at);
          const theirs = real.segment(text).containing(at);
          expect(mine && { ...mine }).toEqual(theirs && { ...theirs });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps each character of its fast set a grapheme of its own, next to any other', () => {
    const ours = graphemeSegmenter();
    for (const character of fastCharacters) {
      for (const other of [...others, 'a', character]) {
        for (const text of [character + other, other + character]) {
          expect(plain(ours.segment(text))).toEqual(plain(real.segment(text)));
        }
      }
    }
  });

  it('hands other granularities to Intl.Segmenter', () => {
    const words = graphemeSegmenter('en', { granularity: 'word' });
    expect([...words.segment('two words')].map((s) => s.segment)).toEqual(['two', ' ', 'words']);
  });
});
