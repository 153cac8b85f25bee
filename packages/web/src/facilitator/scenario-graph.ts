import {
  describeCondition,
  type MoveId,
  type Outcome,
  type Scenario,
  startNode,
} from '@rapport/engine';

export type GraphTarget = {
  readonly to: string;
  /** When this branch is taken, in words; undefined for a plain `next` or the last branch. */
  readonly when: string | undefined;
  readonly kind: 'node' | 'ending';
};

export type GraphOption = {
  readonly id: string;
  readonly move: MoveId;
  /** When the option is offered, in words; undefined when it always is. */
  readonly when: string | undefined;
  readonly targets: readonly GraphTarget[];
};

export type GraphNode = {
  readonly id: string;
  readonly start: boolean;
  readonly nonNegotiable: boolean;
  readonly options: readonly GraphOption[];
};

export type GraphEnding = {
  readonly id: string;
  readonly outcome: Outcome;
  readonly title: string;
  /** Endings with conditions can take over after any choice. */
  readonly when: string | undefined;
};

export type ScenarioGraph = {
  readonly start: string;
  readonly nodes: readonly GraphNode[];
  readonly endings: readonly GraphEnding[];
};

/** The conversation graph in file order: nodes, their options and where each can lead. */
export function scenarioGraph(scenario: Scenario): ScenarioGraph {
  const start = startNode(scenario);
  const kindOf = (id: string): GraphTarget['kind'] =>
    Object.hasOwn(scenario.endings, id) ? 'ending' : 'node';
  const nodes = Object.entries(scenario.nodes).map(([id, node]) => ({
    id,
    start: id === start,
    nonNegotiable: node.nonNegotiable !== undefined,
    options: node.options.map((option) => ({
      id: option.id,
      move: option.move,
      when: option.when ? describeCondition(option.when) : undefined,
      targets:
        typeof option.next === 'string'
          ? [{ to: option.next, when: undefined, kind: kindOf(option.next) }]
          : option.next.map((branch) => ({
              to: branch.to,
              when: branch.when ? describeCondition(branch.when) : undefined,
              kind: kindOf(branch.to),
            })),
    })),
  }));
  const endings = Object.entries(scenario.endings).map(([id, ending]) => ({
    id,
    outcome: ending.outcome,
    title: ending.title,
    when: ending.when ? describeCondition(ending.when) : undefined,
  }));
  return { start, nodes, endings };
}
