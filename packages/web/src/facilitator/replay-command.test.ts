import { loadScenario, playChoices, type Scenario } from '@rapport/engine';
import { expect, test } from 'vitest';
import twoRoads from '../../test/fixtures/scenarios/two-roads.yaml?raw';
import { replayCommand } from './replay-command';

const loaded = loadScenario(twoRoads, 'two-roads.yaml');
const scenario = (loaded.ok ? loaded.scenario : undefined) as Scenario;

test('names each choice by option id, so the command replays whatever order the terminal shows', () => {
  const { transcript } = playChoices(scenario, ['push', 'ask', 'reflect'], { seed: 7 });
  expect(replayCommand('two-roads.yaml', transcript.turns)).toBe(
    'pnpm rapport play two-roads.yaml --choices push,ask,reflect',
  );
  expect(replayCommand("Sam's draft.yaml", transcript.turns)).toBe(
    "pnpm rapport play 'Sam'\\''s draft.yaml' --choices push,ask,reflect",
  );
});
