import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, PACKAGE_DIR, runCli } from '../../../test/run-cli.js';

beforeAll(() => {
  process.chdir(PACKAGE_DIR);
});

const labels = fixture('cli', 'graph-labels.yaml');

describe('rapport graph', () => {
  it('draws a Mermaid flowchart with every label escaped, ids that cannot clash with keywords, and endings by outcome', async () => {
    const result = await runCli('graph', labels);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "flowchart TD
        start(("start")) --> n_end
        n_end["end: She said #quot;use #91;the#93; tool#quot; #123;now#125; #124; later#59; #35;1…"]
        n_safety["safety: The export leaks data."]
        e_agreed(["breakthrough: Agreed #quot;for real#quot; in C:\\shared"])
        e_shrug(["stalemate: A shrug"])
        e_walkout(["escalation: Walk-out"])
        n_end -->|"ask · open-question · if trust ≥ 55"| n_safety
        n_end -->|"ask · open-question · otherwise"| e_shrug
        n_end -->|"push · insist · offered if resistance ≤ 80"| n_end
        n_safety -->|"hold · set-boundary"| e_agreed
        n_safety -->|"wave · affirm"| e_shrug
        anyturn{{"after any turn"}}
        anyturn -.->|"when resistance ≥ 90 and trust ≤ 20"| e_walkout
        classDef breakthrough fill:#d8f3dc,stroke:#2d6a4f
        class e_agreed breakthrough
        classDef stalemate fill:#e9ecef,stroke:#495057
        class e_shrug stalemate
        classDef escalation fill:#ffe3e3,stroke:#c92a2a
        class e_walkout escalation
        classDef nonNegotiable stroke:#c92a2a,stroke-width:3px
        class n_safety nonNegotiable"
    `);
  });

  it('draws Graphviz DOT with --format dot', async () => {
    const result = await runCli('graph', labels, '--format', 'dot');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "digraph "graph-labels" {
        rankdir=TB;
        node [shape=box, style="rounded", fontname="Helvetica"];
        edge [fontname="Helvetica", fontsize=10];
        "@start" [shape=circle, label="start"];
        "@start" -> "end";
        "end" [label="end: She said \\"use [the] tool\\" {now} | later; #1…"];
        "safety" [label="safety: The export leaks data.", color="#c92a2a", penwidth=3];
        "agreed" [label="breakthrough: Agreed \\"for real\\" in C:\\\\shared", shape=doubleoctagon, style="filled", fillcolor="#d8f3dc"];
        "shrug" [label="stalemate: A shrug", shape=doubleoctagon, style="filled", fillcolor="#e9ecef"];
        "walkout" [label="escalation: Walk-out", shape=doubleoctagon, style="filled", fillcolor="#ffe3e3"];
        "end" -> "safety" [label="ask · open-question · if trust ≥ 55"];
        "end" -> "shrug" [label="ask · open-question · otherwise"];
        "end" -> "end" [label="push · insist · offered if resistance ≤ 80"];
        "safety" -> "agreed" [label="hold · set-boundary"];
        "safety" -> "shrug" [label="wave · affirm"];
        "@any-turn" [shape=hexagon, label="after any turn"];
        "@any-turn" -> "walkout" [style=dashed, label="when resistance ≥ 90 and trust ≤ 20"];
      }"
    `);
  });

  it('rejects a format it does not know', async () => {
    expect(await runCli('graph', labels, '--format', 'png')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport graph: unknown format "png": use mermaid or dot
      Usage: rapport graph <id|file> [--format mermaid|dot]
      Run "rapport graph --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('graph', labels, '--format=toString')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport graph: unknown format "toString": use mermaid or dot
      Usage: rapport graph <id|file> [--format mermaid|dot]
      Run "rapport graph --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('reports a scenario that does not load, with its place', async () => {
    expect(
      await runCli('graph', fixture('check', 'misspelled-node-id.yaml')),
    ).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "test/fixtures/check/misspelled-node-id.yaml:37:15: error: no node or ending is called "plna" (did you mean "plan"?)",
        "stdout": "",
      }
    `);
  });
});
