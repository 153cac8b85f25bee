import { playChoices } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { writeHistory } from './history-store';
import { HISTORY_KEY, readSavedResults } from './saved-results';

function attempt(id: string, choices: string[]) {
  const { transcript } = playChoices(twoRoadsScenario(), choices);
  return { id, savedAt: '2026-11-23T09:00:00.000Z', transcript };
}

describe('the saved results the library reads before the full history loads', () => {
  it('reads the attempts the history store wrote', () => {
    writeHistory([attempt('a', ['ask', 'reflect']), attempt('b', ['push', 'push'])]);
    expect(
      readSavedResults().map((a) => [a.transcript.scenario.id, a.transcript.ending?.outcome]),
    ).toEqual([
      ['two-roads', 'stalemate'],
      ['two-roads', 'escalation'],
    ]);
  });

  it('reads nothing, without throwing, from damaged or unknown data', () => {
    for (const raw of ['{not json', 'null', '[]', '{"version":2,"attempts":[]}']) {
      localStorage.setItem(HISTORY_KEY, raw);
      expect(readSavedResults()).toEqual([]);
    }
  });

  it('leaves out only the attempts it cannot score', () => {
    const good = attempt('a', ['ask', 'reflect']);
    const badTurn = {
      ...good,
      transcript: { ...good.transcript, turns: [{ family: 'shouting' }] },
    };
    const badEnding = { ...good, transcript: { ...good.transcript, ending: { outcome: 'won' } } };
    localStorage.setItem(
      HISTORY_KEY,
      JSON.stringify({ version: 1, attempts: [badTurn, good, 'nope', badEnding] }),
    );
    expect(readSavedResults()).toEqual([good]);
  });
});
