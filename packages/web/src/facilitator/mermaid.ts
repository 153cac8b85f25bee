import type { ScenarioGraph } from './scenario-graph';

/** Mermaid wants quotes inside labels written as an entity. */
function label(text: string): string {
  return `"${text.replaceAll('"', '#quot;')}"`;
}

/**
 * The graph as Mermaid flowchart text, to paste into a Markdown file or mermaid.live. Ids become
 * n0, e0... so no scenario id can clash with Mermaid's own syntax.
 */
export function toMermaid(graph: ScenarioGraph): string {
  const ref = new Map<string, string>([
    ...graph.nodes.map((node, index) => [node.id, `n${index}`] as const),
    ...graph.endings.map((ending, index) => [ending.id, `e${index}`] as const),
  ]);
  const lines = ['flowchart TD'];
  for (const node of graph.nodes) {
    const mark = node.start ? ' (start)' : node.nonNegotiable ? ' (non-negotiable)' : '';
    lines.push(`  ${ref.get(node.id)}[${label(`${node.id}${mark}`)}]`);
  }
  for (const ending of graph.endings) {
    lines.push(`  ${ref.get(ending.id)}([${label(`${ending.id}: ${ending.outcome}`)}])`);
  }
  for (const node of graph.nodes) {
    for (const option of node.options) {
      for (const target of option.targets) {
        const to = ref.get(target.to);
        // A reference to nothing is reported by the check; the picture leaves the edge out.
        if (!to) continue;
        const branch = target.when
          ? ` if ${target.when}`
          : option.targets.length > 1
            ? ' otherwise'
            : '';
        const text = `${option.id}${branch}`;
        lines.push(`  ${ref.get(node.id)} -->|${label(text)}| ${to}`);
      }
    }
  }
  const early = graph.endings.filter((ending) => ending.when !== undefined);
  if (early.length > 0) lines.push('  any(["after any choice"])');
  for (const ending of early) {
    lines.push(`  any -.->|${label(ending.when ?? '')}| ${ref.get(ending.id)}`);
  }
  return `${lines.join('\n')}\n`;
}
