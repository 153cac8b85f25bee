import { conversationGraph, type Outcome, type Scenario } from '@rapport/engine';

/** Per node, the fewest choices left to an ending, counted on the scenario's graph. */
export type TurnsLeft = ReadonlyMap<string, number>;

/**
 * The fewest choices from each node to an ending of the best outcome the graph can reach (a
 * breakthrough when there is one), so "of about N" counts a whole conversation, not the quickest
 * way to make it go wrong. Endings that can end any turn (`when`) are left out for the same reason.
 */
export function turnsLeft(scenario: Scenario): TurnsLeft {
  const graph = conversationGraph(scenario);
  const into = new Map<string, string[]>();
  for (const edge of graph.edges) into.set(edge.to, [...(into.get(edge.to) ?? []), edge.from]);
  const byOutcome = (outcome: Outcome): string[] =>
    graph.endings.filter((e) => e.outcome === outcome && !e.anyTurn).map((e) => e.id);
  const order: readonly Outcome[] = ['breakthrough', 'partial', 'stalemate', 'escalation'];
  for (const outcome of order) {
    const distance = new Map<string, number>();
    let frontier = byOutcome(outcome);
    for (const id of frontier) distance.set(id, 0);
    for (let steps = 1; frontier.length > 0; steps += 1) {
      const next: string[] = [];
      for (const id of frontier)
        for (const from of into.get(id) ?? [])
          if (!distance.has(from)) {
            distance.set(from, steps);
            next.push(from);
          }
      frontier = next;
    }
    if (distance.has(graph.start)) return distance;
  }
  return new Map();
}

/**
 * "Turn 4 of about 9": the turn being played, and the turns so far plus the fewest still to go
 * from here; just "Turn 4" when no ending can be counted from this node.
 */
export function progressCue(left: TurnsLeft, node: string, turnsSoFar: number): string {
  const turn = turnsSoFar + 1;
  const remaining = left.get(node);
  if (remaining === undefined) return `Turn ${turn}`;
  return `Turn ${turn} of about ${Math.max(turn, turnsSoFar + remaining)}`;
}
