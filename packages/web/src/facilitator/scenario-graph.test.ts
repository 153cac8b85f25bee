import { loadScenario, type Scenario } from '@rapport/engine';
import { expect, test } from 'vitest';
import twoRoads from '../../test/fixtures/scenarios/two-roads.yaml?raw';
import { describeCondition } from './describe-condition';
import { toMermaid } from './mermaid';
import { scenarioGraph } from './scenario-graph';

const loaded = loadScenario(twoRoads, 'two-roads.yaml');
const scenario = (loaded.ok ? loaded.scenario : undefined) as Scenario;

test('describeCondition reads like the file means it', () => {
  expect(
    describeCondition({ resistance: { min: 70 }, trust: { max: 30 }, energy: { min: 2, max: 8 } }),
  ).toBe('resistance ≥ 70 and trust ≤ 30 and 2 ≤ energy ≤ 8');
  expect(describeCondition(undefined)).toBe('always');
});

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

test('the Mermaid text names nodes safely and labels every edge', () => {
  expect(toMermaid(scenarioGraph(scenario))).toMatchInlineSnapshot(`
    "flowchart TD
      n0["opening (start)"]
      n1["story (non-negotiable)"]
      e0(["agreed: breakthrough"])
      e1(["shrug: stalemate"])
      e2(["walkout: escalation"])
      n0 -->|"ask"| n1
      n0 -->|"push"| n0
      n0 -->|"extra"| n1
      n1 -->|"hold if trust ≥ 45"| e0
      n1 -->|"hold otherwise"| e1
      n1 -->|"reflect"| e1
      any(["after any choice"])
      any -.->|"resistance ≥ 95"| e2
    "
  `);
});
