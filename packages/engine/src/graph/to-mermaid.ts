import type { Outcome } from '../schema/index.js';
import type { ConversationGraph } from './conversation-graph.js';

/** Fill and stroke per outcome, so the kind of ending shows at a glance. */
const OUTCOME_STYLES: Readonly<Record<Outcome, string>> = {
  breakthrough: 'fill:#d8f3dc,stroke:#2d6a4f',
  partial: 'fill:#fff3bf,stroke:#a68a00',
  stalemate: 'fill:#e9ecef,stroke:#495057',
  escalation: 'fill:#ffe3e3,stroke:#c92a2a',
};

/**
 * A Mermaid `flowchart TD`. Ids become `n_<id>` and `e_<id>` (hyphens as underscores, which ids
 * never contain) so that no scenario id can clash with Mermaid's keywords, such as `end`.
 */
export function toMermaid(graph: ConversationGraph): string {
  const lines = ['flowchart TD'];
  const ref = (id: string): string =>
    `${graph.endings.some((ending) => ending.id === id) ? 'e' : 'n'}_${id.replaceAll('-', '_')}`;
  lines.push(`  start(("${label('start')}")) --> ${ref(graph.start)}`);
  for (const node of graph.nodes) {
    lines.push(`  ${ref(node.id)}["${label(node.label)}"]`);
  }
  for (const ending of graph.endings) {
    lines.push(`  ${ref(ending.id)}(["${label(ending.label)}"])`);
  }
  for (const edge of graph.edges) {
    lines.push(`  ${ref(edge.from)} -->|"${label(edge.label)}"| ${ref(edge.to)}`);
  }
  const anyTurn = graph.endings.filter((ending) => ending.anyTurn !== undefined);
  if (anyTurn.length > 0) {
    lines.push(`  anyturn{{"${label('after any turn')}"}}`);
    for (const ending of anyTurn) {
      lines.push(`  anyturn -.->|"${label(`when ${ending.anyTurn}`)}"| ${ref(ending.id)}`);
    }
  }
  for (const [outcome, style] of Object.entries(OUTCOME_STYLES)) {
    const members = graph.endings.filter((ending) => ending.outcome === outcome);
    if (members.length === 0) continue;
    lines.push(`  classDef ${outcome} ${style}`);
    lines.push(`  class ${members.map((ending) => ref(ending.id)).join(',')} ${outcome}`);
  }
  const boundaries = graph.nodes.filter((node) => node.nonNegotiable);
  if (boundaries.length > 0) {
    lines.push('  classDef nonNegotiable stroke:#c92a2a,stroke-width:3px');
    lines.push(`  class ${boundaries.map((node) => ref(node.id)).join(',')} nonNegotiable`);
  }
  return lines.join('\n');
}

/** Mermaid entity codes for every character that could end or change a quoted label. */
const ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
  ';': '#59;',
  '`': '#96;',
};

function label(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[#"&<>[\](){}|;`]/g, (char) => ENTITIES[char] ?? '');
}
