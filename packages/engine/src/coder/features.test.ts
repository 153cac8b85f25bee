import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  factsOf,
  featureStrings,
  featuresOf,
  GROUPS,
  type HashedFeatures,
  hashedFeatures,
  hashString,
  MAX_CODED_CHARS,
  prepareContext,
  prepareReply,
} from './features.js';

/** The plain reading: every feature as a string, counted by string, then hashed. */
function byStrings(reply: string, context: string): HashedFeatures {
  const groups = featureStrings(reply, context);
  const hashes: number[] = [];
  const values: number[] = [];
  const ids: number[] = [];
  GROUPS.forEach((name, id) => {
    const features = groups[name];
    if (features.length === 0) return;
    const counts = new Map<string, number>();
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const scale = 1 / Math.sqrt(features.length);
    for (const [feature, count] of counts) {
      hashes.push(hashString(feature));
      values.push(Math.sqrt(count) * scale);
      ids.push(id);
    }
  });
  return {
    hash: Uint32Array.from(hashes),
    value: Float32Array.from(values),
    group: Uint8Array.from(ids),
  };
}

const plain = (f: HashedFeatures) => ({
  hash: [...f.hash],
  value: [...f.value],
  group: [...f.group],
});

const WORDS = [
  'so',
  'it',
  'sounds',
  'like',
  'you',
  "you're",
  'feel',
  'worried',
  'the',
  'team',
  'rollout',
  '42',
  '3.5%',
  '?',
  '!',
  '.',
  ',',
  'Über',
  'café',
  'ﬁx',
  '“really”',
  '—',
  '<b>',
  '&amp;',
  'aaa',
  'aaaa',
];
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 30 })
  .map((words) => words.join(' '));

describe('hashed features', () => {
  it('are the hashes, counts and values of the feature strings, in the same order', () => {
    fc.assert(
      fc.property(sentence, sentence, (reply, context) => {
        expect(plain(hashedFeatures(reply, context))).toEqual(plain(byStrings(reply, context)));
      }),
      { numRuns: 400 },
    );
  });

  it('agree on repeats, empty lines, long pastes and the numbers and marks that stand alone', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['   ', 'hi'],
      ['😀 123', ''],
      ['the the the the', 'the the'],
      ['So it sounds like you’re <b>worried</b> &amp; tired… “really”', 'I am tired?'],
      ['banana bandana ananas', 'nana'],
      ['x'.repeat(MAX_CODED_CHARS + 500), ''],
    ];
    for (const [reply, context] of cases) {
      expect(plain(hashedFeatures(reply, context))).toEqual(plain(byStrings(reply, context)));
    }
  });

  it('give the same features from a prepared reply and context, whatever was prepared before', () => {
    const context = prepareContext('Why does my team have to move at all?');
    for (const reply of ['So you wonder why.', 'You have no choice.', 'What worries you most?']) {
      expect(plain(featuresOf(prepareReply(reply), context))).toEqual(
        plain(byStrings(reply, 'Why does my team have to move at all?')),
      );
    }
    expect(factsOf(prepareReply('Bonjour, ça va'))).toEqual({
      words: 3,
      englishShare: 0,
      truncated: false,
    });
  });
});
