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
    expect(parseRoute('#/history')).toEqual({ name: 'history' });
    expect(parseRoute('#/facilitator')).toEqual({ name: 'facilitator' });
    expect(parseRoute('#/debrief/abc')).toEqual({ name: 'debrief', attempt: 'abc' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'not-found', hash: '#/nowhere/at/all' });
  });

  it('writes links that read back as the same route', () => {
    for (const hash of ['#/', '#/scenario/a', '#/play/a', '#/play/a?mode=assess', '#/history']) {
      expect(hrefOf(parseRoute(hash))).toBe(hash);
    }
  });
});
