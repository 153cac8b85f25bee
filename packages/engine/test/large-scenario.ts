/**
 * The text of a long, valid scenario shaped like the benchmark's generated one (bench cannot be
 * imported here: it depends on the engine): three options a node, a meter-dependent line on every
 * third node, and an ending that fires when resistance tops out.
 */
export function largeScenarioYaml(nodes: number): string {
  const id = (i: number): string => `turn-${i + 1}`;
  const after = (i: number, step: number, last: string): string =>
    i + step < nodes ? id(i + step) : last;
  const lines = [
    `id: generated-${nodes}`,
    `title: Generated conversation of ${nodes} nodes`,
    'summary: A large generated scenario.',
    'skills:\n  - complex reflections',
    'minutes: 120',
    'difficulty: advanced',
    'briefing:\n  situation: A very long review of a forecasting tool.\n  goal: Keep listening to the end.',
    'stakeholder:\n  name: Morgan\n  role: Planner\n  cares: Orders out on time.\n  history: The module arrived without a pilot.',
    'meters:\n  resistance: 50\n  trust: 50',
    'nodes:',
  ];
  for (let i = 0; i < nodes; i++) {
    lines.push(
      `  ${id(i)}:`,
      `    says: "Point ${i + 1}: the forecast screen still takes me longer than the spreadsheet did."`,
    );
    if (i % 3 === 0) {
      lines.push(
        '    variants:',
        '      - when:\n          resistance:\n            min: 80',
        `        says: "Point ${i + 1}: I have said this already."`,
      );
    }
    lines.push(
      '    options:',
      '      - id: reflect\n        text: So the extra minutes land exactly when the orders are due.',
      '        move: complex-reflection\n        coach: A complex reflection names what sits under the complaint.',
      `        next: ${after(i, 1, 'agreed')}`,
      '      - id: ask\n        text: What would make the screen worth the time?',
      '        move: open-question\n        coach: An open question hands the problem back to the expert.',
      `        next: ${after(i, 2, 'partly')}`,
      '      - id: push\n        text: The forecasts are more accurate when everyone logs in the module.',
      '        move: persuade\n        coach: Persuading without permission raises resistance.',
      `        next: ${after(i, 1, 'escalated')}`,
    );
  }
  lines.push(
    'endings:',
    '  agreed:\n    outcome: breakthrough\n    title: Agreed\n    text: Morgan agrees to pilot the module.',
    '  partly:\n    outcome: partial\n    title: Partly\n    text: Morgan will try one screen.',
    '  escalated:\n    outcome: escalation\n    title: Escalated\n    text: Morgan takes it to the director.',
    '  walked:\n    outcome: stalemate\n    title: Walked out\n    text: Morgan ends the meeting.',
    '    when:\n      resistance:\n        min: 100',
  );
  return `${lines.join('\n')}\n`;
}
