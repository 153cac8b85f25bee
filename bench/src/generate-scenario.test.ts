import { checkScenario } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { generateScenario, generateScenarioYaml } from './generate-scenario.js';

describe('generateScenario', () => {
  it('makes a scenario that rapport check passes without errors', () => {
    const report = checkScenario(generateScenarioYaml({ nodes: 30 }), 'generated-30.yaml');
    expect(report.errors).toEqual([]);
    expect(report.stats).toEqual({
      nodes: 30,
      endings: 4,
      outcomes: ['breakthrough', 'partial', 'stalemate', 'escalation'],
    });
  });

  it('makes three options a node, so 2,000 nodes carry 6,000 options', () => {
    const scenario = generateScenario({ nodes: 2000 });
    const options = Object.values(scenario.nodes).reduce(
      (sum, node) => sum + node.options.length,
      0,
    );
    expect(Object.keys(scenario.nodes)).toHaveLength(2000);
    expect(options).toBe(6000);
  });

  it('makes meters that conditions read, so the analysis must walk each of them', () => {
    const merged = (meters: 1 | 2 | 3) =>
      checkScenario(generateScenarioYaml({ nodes: 30, meters }), 'generated.yaml').analysis?.states
        .merged;
    // With one meter read, trust moves but nothing reads it: the analysis merges it.
    expect(merged(1)).toEqual(['trust']);
    expect(merged(2)).toEqual([]);
    expect(merged(3)).toEqual([]);
  });

  it('refuses a size too small to hold the conversation', () => {
    expect(() => generateScenario({ nodes: 2 })).toThrow(
      'nodes must be a whole number of at least 3',
    );
  });
});
