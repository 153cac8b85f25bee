import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

describe('didYouMean', () => {
  const nodes = ['opening', 'story', 'the-real-reason', 'agreed'];

  it('suggests an id one or two typing slips away', () => {
    expect(didYouMean('storyy', nodes)).toBe('story');
    expect(didYouMean('opneing', nodes)).toBe('opening');
    expect(didYouMean('the-real-reasn', nodes)).toBe('the-real-reason');
  });

  it('suggests the right case of an id typed with capitals', () => {
    expect(didYouMean('Opening', nodes)).toBe('opening');
  });

  it('suggests a key from its first letters', () => {
    expect(didYouMean('optio', ['says', 'variants', 'options'])).toBe('options');
  });

  it('suggests a move from one of its words', () => {
    expect(
      didYouMean('reflect', ['open-question', 'simple-reflection', 'complex-reflection']),
    ).toBe('simple-reflection');
  });

  it('stays quiet when nothing is close', () => {
    expect(didYouMean('walkout', nodes)).toBeUndefined();
    expect(didYouMean('x', ['ab', 'cd'])).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });

  it('stays quiet when the word is itself a candidate', () => {
    expect(didYouMean('story', ['stor', 'story'])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('same', 'same', 5)).toBe(0);
  });

  it('counts two swapped neighbours as one slip', () => {
    expect(editDistance('trsut', 'trust', 5)).toBe(1);
    expect(didYouMean('trsut', ['resistance', 'trust'])).toBe('trust');
  });

  it('gives up past the limit', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});
