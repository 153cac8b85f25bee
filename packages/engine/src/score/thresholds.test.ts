import { describe, expect, it } from 'vitest';
import { bandOf, describeBand, formatFigure } from './thresholds.js';

describe('bands and figures', () => {
  it('puts a value exactly on a threshold in that band', () => {
    expect([bandOf(0.59, 0.6, 0.8), bandOf(0.6, 0.6, 0.8), bandOf(0.8, 0.6, 0.8)]).toEqual([
      'below',
      'fair',
      'good',
    ]);
    expect(bandOf(null, 0.6, 0.8)).toBeNull();
  });

  it('describes bands and figures the way both trainers print them', () => {
    expect([describeBand('below'), describeBand('fair'), describeBand(null)]).toEqual([
      'below fair',
      'fair',
      'too few to rate',
    ]);
    expect([
      formatFigure('listeningRatio', 2 / 3),
      formatFigure('reflectionToQuestion', 1.5),
      formatFigure('reflectionToQuestion', 2),
      formatFigure('complexReflections', 0.4),
      formatFigure('complexReflections', null),
    ]).toEqual(['0.67', '1.5:1', '2:1', '40%', 'n/a']);
  });

  it('prints reflections without a question as R:0, and nothing at all as n/a', () => {
    expect([
      formatFigure('reflectionToQuestion', null, { reflections: 6, questions: 0 }),
      formatFigure('reflectionToQuestion', null, { reflections: 0, questions: 0 }),
      formatFigure('complexReflections', null, { reflections: 0, questions: 0 }),
    ]).toEqual(['6:0 (no questions)', 'n/a', 'n/a']);
  });
});
