import type { Outcome } from '../schema/index.js';
import type { ConversationGraph } from './conversation-graph.js';

const OUTCOME_COLOURS: Readonly<Record<Outcome, string>> = {
  breakthrough: '#d8f3dc',
  partial: '#fff3bf',
  stalemate: '#e9ecef',
  escalation: '#ffe3e3',
};

/**
 * A Graphviz digraph. Scenario ids are quoted as they are; the start and "after any turn" marks
 * use ids with `@`, which scenario ids cannot contain, so they never clash.
 */
export function toGraphviz(graph: ConversationGraph): string {
  const lines = [
    `digraph ${quote(graph.id)} {`,
    '  rankdir=TB;',
    '  node [shape=box, style="rounded", fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
    `  "@start" [shape=circle, label="start"];`,
    `  "@start" -> ${quote(graph.start)};`,
  ];
  for (const node of graph.nodes) {
    const boundary = node.nonNegotiable ? ', color="#c92a2a", penwidth=3' : '';
    lines.push(`  ${quote(node.id)} [label=${quote(node.label)}${boundary}];`);
  }
  for (const ending of graph.endings) {
    lines.push(
      `  ${quote(ending.id)} [label=${quote(ending.label)}, shape=doubleoctagon, style="filled", fillcolor="${OUTCOME_COLOURS[ending.outcome]}"];`,
    );
  }
  for (const edge of graph.edges) {
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [label=${quote(edge.label)}];`);
  }
  const anyTurn = graph.endings.filter((ending) => ending.anyTurn !== undefined);
  if (anyTurn.length > 0) {
    lines.push('  "@any-turn" [shape=hexagon, label="after any turn"];');
    for (const ending of anyTurn) {
      lines.push(
        `  "@any-turn" -> ${quote(ending.id)} [style=dashed, label=${quote(`when ${ending.anyTurn}`)}];`,
      );
    }
  }
  lines.push('}');
  return lines.join('\n');
}

/** A DOT quoted string: backslashes and quotes escaped, line breaks flattened to spaces. */
function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ').replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}
