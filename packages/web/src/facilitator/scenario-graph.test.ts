import { loadScenario, type Scenario } from '@rapport/engine';
import { expect, test } from 'vitest';
import twoRoads from '../../test/fixtures/scenarios/two-roads.yaml?raw';
import { scenarioGraph } from './scenario-graph';

const loaded = loadScenario(twoRoads, 'two-roads.yaml');
const scenario = (loaded.ok ? loaded.scenario : undefined) as Scenario;

test('the graph lists every option with where it can lead', () => {
  const graph = scenarioGraph(scenario);
  expect(graph.start).toBe('opening');
  expect(graph.nodes.find((node) => node.id === 'story')?.options[0]).toEqual({
    id: 'hold',
    move: 'set-boundary',
    when: undefined,
    targets: [
      { to: 'agreed', when: 'trust ≥ 45', kind: 'ending' },
      { to: 'shrug', when: undefined, kind: 'ending' },
    ],
  });
  expect(graph.endings.find((ending) => ending.id === 'walkout')?.when).toBe('resistance ≥ 95');
});
