import { loadScenario, playChoices, type Scenario } from '@rapport/engine';
import { expect, test } from 'vitest';
import twoRoads from '../../test/fixtures/scenarios/two-roads.yaml?raw';
import { replayCommand } from './replay-command';

const loaded = loadScenario(twoRoads, 'two-roads.yaml');
const scenario = (loaded.ok ? loaded.scenario : undefined) as Scenario;

test('numbers each choice among the options offered at that turn, as --choices does', () => {
  // "push" is the second option offered at the opening; "ask" the first.
  const { transcript } = playChoices(scenario, ['push', 'ask', 'reflect']);
  expect(replayCommand('two-roads.yaml', transcript.turns)).toBe(
    'pnpm rapport play two-roads.yaml --choices 2,1,2',
  );
  expect(replayCommand("Sam's draft.yaml", transcript.turns)).toBe(
    "pnpm rapport play 'Sam'\\''s draft.yaml' --choices 2,1,2",
  );
});
