import { playChoices } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import type { Attempt } from './attempt';
import { HISTORY_KEY, readHistory, SET_ASIDE_KEY, writeHistory } from './history-store';

function attempt(id: string): Attempt {
  const { transcript } = playChoices(twoRoadsScenario(), ['ask', 'hold']);
  return { id, savedAt: '2026-11-23T09:00:00.000Z', transcript };
}

function setAsideKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(SET_ASIDE_KEY));
}

describe('the attempt history in localStorage', () => {
  it('reads back what it wrote', () => {
    expect(writeHistory([attempt('a'), attempt('b')])).toBeNull();
    const read = readHistory();
    expect(read.notice).toBeNull();
    expect(read.attempts.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('sets unreadable data aside and says so, instead of failing', () => {
    localStorage.setItem(HISTORY_KEY, '{not json');
    const read = readHistory();
    expect(read.attempts).toEqual([]);
    const [key] = setAsideKeys();
    expect(localStorage.getItem(key ?? '')).toBe('{not json');
    expect(localStorage.getItem(HISTORY_KEY)).toBeNull();
    expect(read.notice?.replace(key ?? '', '<key>')).toMatchInlineSnapshot(
      `"Your saved history could not be read (it is damaged or from an older version). It was set aside under "<key>" in this browser's storage, and a fresh history has started."`,
    );
  });

  it('keeps the good attempts when only some are damaged', () => {
    const good = attempt('good');
    localStorage.setItem(
      HISTORY_KEY,
      JSON.stringify({ version: 1, attempts: [good, { id: 'old', transcript: { version: 0 } }] }),
    );
    const read = readHistory();
    expect(read.attempts.map((a) => a.id)).toEqual(['good']);
    const [key] = setAsideKeys();
    expect(JSON.parse(localStorage.getItem(key ?? '') ?? '')).toEqual({
      version: 1,
      attempts: [{ id: 'old', transcript: { version: 0 } }],
    });
    expect(read.notice?.replace(key ?? '', '<key>')).toMatchInlineSnapshot(
      `"1 saved attempt could not be read (damaged or from an older version) and was set aside under "<key>" in this browser's storage. The rest of your history is intact."`,
    );
    expect(readHistory().notice).toBeNull();
  });

  it('treats an older storage format as old data, not as an empty history', () => {
    localStorage.setItem(HISTORY_KEY, JSON.stringify([attempt('v0')]));
    const read = readHistory();
    expect(read.attempts).toEqual([]);
    expect(read.notice).toContain('could not be read');
    expect(setAsideKeys()).toHaveLength(1);
  });
});
