import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../test/load-fixture.js';
import { conversationGraph } from './conversation-graph.js';
import { describeCondition } from './describe-condition.js';
import { toGraphviz } from './to-graphviz.js';
import { toMermaid } from './to-mermaid.js';

const scenario = fixtureScenario('compile', 'two-roads');

describe('describeCondition', () => {
  it('reads like the file means it', () => {
    expect(
      describeCondition({
        resistance: { min: 70 },
        trust: { max: 30 },
        energy: { min: 2, max: 8 },
      }),
    ).toBe('resistance ≥ 70 and trust ≤ 30 and 2 ≤ energy ≤ 8');
    expect(describeCondition(undefined)).toBe('always');
  });
});

describe('conversationGraph', () => {
  it('draws every option as an edge, branches with their conditions, and early endings once', () => {
    const mermaid = toMermaid(conversationGraph(scenario));
    expect(mermaid).toContain('n_story -->|"hold · set-boundary · if trust ≥ 45"| e_agreed');
    expect(mermaid).toContain('n_story -->|"hold · set-boundary · otherwise"| e_shrug');
    expect(mermaid).toContain('anyturn -.->|"when resistance ≥ 95"| e_walkout');
    expect(mermaid.match(/e_walkout/g)).toHaveLength(3);
  });

  it('gives the same picture as Graphviz DOT', () => {
    const dot = toGraphviz(conversationGraph(scenario));
    expect(dot.startsWith('digraph')).toBe(true);
    expect(dot).toContain('agreed');
  });
});
