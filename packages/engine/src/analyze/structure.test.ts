import { toDirectedGraph } from '@xstate/graph';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryScenario } from '../../test/arbitrary-scenario.js';
import { fixtureScenario } from '../../test/load-fixture.js';
import { compileScenario } from '../compile/index.js';
import { idsReachingAnEnding, reachableIds, structureOf } from './structure.js';

/** The edges as the compiled machine has them: each transition's guard names its option. */
function machineEdges(scenario: Parameters<typeof compileScenario>[0]) {
  const machine = compileScenario(scenario);
  const edges = new Map<string, { option: string; to: string }[]>();
  for (const child of toDirectedGraph(machine).children) {
    if (child.stateNode.type === 'final') continue;
    edges.set(
      child.stateNode.key,
      child.edges.flatMap((edge) => {
        const params = (edge.transition.guard as { params?: { option?: string } } | undefined)
          ?.params;
        return edge.transition.target && params?.option
          ? [{ option: params.option, to: edge.target.key }]
          : [];
      }),
    );
  }
  return { start: String(machine.config.initial), edges };
}

describe('structureOf', () => {
  it('has exactly the compiled machine’s transitions, for any scenario', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const structure = structureOf(scenario);
        const machine = machineEdges(scenario);
        expect(structure.start).toBe(machine.start);
        expect(structure.successors).toEqual(machine.edges);
        expect([...structure.endings]).toEqual(Object.keys(scenario.endings));
      }),
    );
  });

  it('finds what the start reaches and what can still reach an ending', () => {
    const structure = structureOf(fixtureScenario('analyze', 'trap'));
    const reachable = reachableIds(structure, structure.start);
    const canEnd = idsReachingAnEnding(structure);
    expect([...reachable].filter((id) => !canEnd.has(id)).sort()).toEqual(['circle', 'square']);
  });
});
