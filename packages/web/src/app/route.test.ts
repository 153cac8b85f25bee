import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './route';

describe('parseRoute', () => {
  it('reads every deep link the trainer offers', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#/scenario/shadow-it')).toEqual({ name: 'briefing', id: 'shadow-it' });
    expect(parseRoute('#/play/shadow-it')).toEqual({
      name: 'play',
      id: 'shadow-it',
      mode: 'coach',
    });
    expect(parseRoute('#/play/shadow-it?mode=assess')).toEqual({
      name: 'play',
      id: 'shadow-it',
      mode: 'assess',
    });
    expect(parseRoute('#/play/shadow-it?mode=assess&seed=42')).toEqual({
      name: 'play',
      id: 'shadow-it',
      mode: 'assess',
      seed: 42,
    });
    expect(parseRoute('#/play/shadow-it?seed=7&words=1')).toEqual({
      name: 'play',
      id: 'shadow-it',
      mode: 'coach',
      seed: 7,
      words: true,
    });
    expect(hrefOf({ name: 'play', id: 'shadow-it', mode: 'coach', seed: 7, words: true })).toBe(
      '#/play/shadow-it?seed=7&words=1',
    );
    expect(parseRoute('#/history')).toEqual({ name: 'history' });
    expect(parseRoute('#/facilitator')).toEqual({ name: 'facilitator' });
    expect(parseRoute('#/debrief/abc')).toEqual({ name: 'debrief', attempt: 'abc' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'not-found', hash: '#/nowhere/at/all' });
  });

  it('writes links that read back as the same route', () => {
    for (const hash of [
      '#/',
      '#/scenario/a',
      '#/play/a',
      '#/play/a?mode=assess',
      '#/play/a?seed=7',
      '#/play/a?mode=assess&seed=4294967295',
      '#/history',
    ]) {
      expect(hrefOf(parseRoute(hash))).toBe(hash);
    }
  });

  it('plays with a fresh seed when the link’s seed is not a whole number from 0 to 4294967295', () => {
    for (const seed of ['-1', '1.5', 'abc', '4294967296', '', '1e3']) {
      expect(parseRoute(`#/play/a?seed=${seed}`)).toEqual({ name: 'play', id: 'a', mode: 'coach' });
    }
  });
});
