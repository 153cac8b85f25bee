import { possibleTargets } from '../compile/choice.js';
import type { Condition, Outcome, Scenario } from '../schema/index.js';
import { describeCondition } from './describe-condition.js';
import { shorten } from './shorten.js';

export type GraphNode = {
  readonly id: string;
  /** The id and a shortened version of what the stakeholder says. */
  readonly label: string;
  readonly nonNegotiable: boolean;
};

export type GraphEnding = {
  readonly id: string;
  readonly outcome: Outcome;
  /** The outcome class and the ending's title. */
  readonly label: string;
  /** For an ending with `when`: the condition that ends the conversation after any turn. */
  readonly anyTurn?: string;
};

export type GraphEdge = {
  readonly from: string;
  readonly to: string;
  /** The option id and its move, and the branch condition when the option branches. */
  readonly label: string;
};

/** The conversation as boxes and arrows, independent of the drawing format. */
export type ConversationGraph = {
  readonly id: string;
  readonly start: string;
  readonly nodes: readonly GraphNode[];
  readonly endings: readonly GraphEnding[];
  readonly edges: readonly GraphEdge[];
};

const LINE_LENGTH = 48;

/**
 * Builds the graph from the engine's own account of where each option can lead
 * (`possibleTargets`), so the picture matches the compiled machine. Endings with `when` can
 * follow any turn; they are drawn once, from an "after any turn" mark, instead of from every option.
 */
export function conversationGraph(scenario: Scenario): ConversationGraph {
  const anyTurn = new Set(
    Object.entries(scenario.endings)
      .filter(([, ending]) => ending.when)
      .map(([id]) => id),
  );
  const edges: GraphEdge[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    for (const option of node.options) {
      const offered = option.when ? ` · offered if ${describeCondition(option.when)}` : '';
      const head = `${option.id} · ${option.move}${offered}`;
      const branches = typeof option.next === 'string' ? [{ to: option.next }] : option.next;
      for (const target of possibleTargets(scenario, option)) {
        if (anyTurn.has(target) && !branches.some((branch) => branch.to === target)) continue;
        const taken = branches.filter((branch) => branch.to === target);
        edges.push({ from: id, to: target, label: branchLabel(head, taken, branches.length > 1) });
      }
    }
  }
  return {
    id: scenario.id,
    start: scenario.start ?? Object.keys(scenario.nodes)[0] ?? '',
    nodes: Object.entries(scenario.nodes).map(([id, node]) => ({
      id,
      label: `${id}: ${shorten(node.says, LINE_LENGTH)}`,
      nonNegotiable: node.nonNegotiable !== undefined,
    })),
    endings: Object.entries(scenario.endings).map(([id, ending]) => ({
      id,
      outcome: ending.outcome,
      label: `${ending.outcome}: ${shorten(ending.title, LINE_LENGTH)}`,
      ...(anyTurn.has(id) && ending.when ? { anyTurn: describeCondition(ending.when) } : {}),
    })),
    edges,
  };
}

function branchLabel(
  head: string,
  branches: readonly { readonly when?: Condition }[],
  branching: boolean,
): string {
  if (!branching) return head;
  const conditions = branches.map((branch) =>
    branch.when ? `if ${describeCondition(branch.when)}` : 'otherwise',
  );
  return `${head} · ${conditions.join(' or ')}`;
}
