import { conversationGraph, MOVES, type Scenario, toMermaid } from '@rapport/engine';
import { useMemo, useState } from 'react';
import { type GraphOption, scenarioGraph } from './scenario-graph';

export type Props = {
  readonly scenario: Scenario;
};

function Targets({ option }: { readonly option: GraphOption }): React.JSX.Element {
  if (option.targets.length === 1 && option.targets[0]?.when === undefined) {
    return <code>{option.targets[0]?.to}</code>;
  }
  return (
    <ul className="graph-branches">
      {option.targets.map((target) => (
        <li key={`${target.to} ${target.when ?? 'otherwise'}`}>
          {target.when ? `if ${target.when}` : 'otherwise'}: <code>{target.to}</code>
        </li>
      ))}
    </ul>
  );
}

/** The conversation graph as nested lists a screen reader can walk, with a Mermaid copy. */
export function GraphView({ scenario }: Props): React.JSX.Element {
  const graph = useMemo(() => scenarioGraph(scenario), [scenario]);
  // The same Mermaid text as `rapport graph`, so a diagram pasted from either matches.
  const mermaid = useMemo(() => toMermaid(conversationGraph(scenario)), [scenario]);
  const [copied, setCopied] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(mermaid);
      setCopied('Copied the Mermaid text.');
    } catch {
      setCopied('The browser did not allow copying; select the text below instead.');
    }
  };
  const early = graph.endings.filter((ending) => ending.when !== undefined);
  return (
    <section className="facilitator-graph" aria-labelledby="graph-heading">
      <h2 id="graph-heading">Graph</h2>
      <p>
        {graph.nodes.length} {graph.nodes.length === 1 ? 'node' : 'nodes'} and{' '}
        {graph.endings.length} {graph.endings.length === 1 ? 'ending' : 'endings'}; it starts at{' '}
        <code>{graph.start}</code>.
      </p>
      <ol className="graph-nodes" aria-label="Nodes">
        {graph.nodes.map((node) => (
          <li key={node.id}>
            <h3>
              <code>{node.id}</code>
              {node.start ? <span className="tag">start</span> : null}
              {node.nonNegotiable ? <span className="tag">non-negotiable</span> : null}
            </h3>
            <ul className="graph-options" aria-label={`Options at ${node.id}`}>
              {node.options.map((option) => (
                <li key={option.id}>
                  <code>{option.id}</code>{' '}
                  <span className="move">({MOVES[option.move].label})</span>
                  {option.when ? <span className="when"> offered if {option.when}</span> : null}
                  {' → '}
                  <Targets option={option} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>Endings</h3>
      <ul className="graph-endings">
        {graph.endings.map((ending) => (
          <li key={ending.id}>
            <code>{ending.id}</code>: {ending.title} <span className="tag">{ending.outcome}</span>
            {ending.when ? <span className="when"> after any choice, if {ending.when}</span> : null}
          </li>
        ))}
      </ul>
      {early.length > 0 ? (
        <p className="hint">
          Endings with a condition are checked after every choice, before the option’s own next.
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void copy()}>
          Copy as Mermaid
        </button>
        <span role="status">{copied}</span>
      </div>
      <details>
        <summary>Mermaid text</summary>
        <pre className="mermaid-text">{mermaid}</pre>
      </details>
    </section>
  );
}
