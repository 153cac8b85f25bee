import type { Analysis } from '@rapport/engine';

type Probes = Analysis['probes'];
type Probe =
  | Probes['position'][number]
  | Probes['move'][number]
  | Probes['kind'][number]
  | Probes['wording'][number];

function strategy(probe: Probe): string {
  if ('position' in probe) return `option ${probe.position} in file order`;
  if ('move' in probe) return `${probe.move} when offered`;
  if ('kind' in probe) return 'any reflection when offered';
  return probe.rule === 'longest' ? 'the longest option' : 'the most second-person words';
}

function outcome(probe: Probe): string {
  if (probe.outcome) return probe.outcome;
  if (probe.end === 'loop') return 'never ends (loops)';
  if (probe.end === 'dead-end') return 'stuck (no option)';
  return 'past the state limit';
}

function choices(probe: Probe): string {
  const turns = String(probe.path.length);
  if (!('taken' in probe) || !probe.outcome) return turns;
  return `${turns} (${probe.taken} ${'move' in probe ? 'that move' : 'of that kind'})`;
}

const percent = (p: number): string => `${(p * 100).toFixed(1)}%`;

/**
 * The blind-strategy table of one scenario: what always taking the same file position, the same
 * move or kind of move (at best, choosing freely where it is not offered) or the same kind of wording reaches,
 * and the odds of a learner who picks at random.
 */
export function probeTable(file: string, probes: Probes): string[] {
  const rows: [string, string, string, string][] = [
    ['always', 'outcome', 'ending', 'choices'],
    ...[...probes.position, ...probes.move, ...probes.kind, ...probes.wording].map(
      (probe): [string, string, string, string] => [
        strategy(probe),
        outcome(probe),
        probe.ending ?? '-',
        choices(probe),
      ],
    ),
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  const lines = [
    `${file}: blind strategies (for a move: the best outcome, choosing freely where it is not offered)`,
  ];
  for (const row of rows) {
    lines.push(
      `  ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')}`,
    );
  }
  const { random } = probes;
  const odds = [
    `breakthrough ${percent(random.breakthrough)}`,
    `partial ${percent(random.partial)}`,
    `stalemate ${percent(random.stalemate)}`,
    `escalation ${percent(random.escalation)}`,
  ];
  if (random.unended > 0) odds.push(`never ends ${percent(random.unended)}`);
  if (random.unexplored > 0) odds.push(`past the state limit ${percent(random.unexplored)}`);
  const how = random.exact
    ? 'exact'
    : probes.complete
      ? 'approximate: the conversation can loop'
      : 'partial: the state limit was hit';
  lines.push(`  random learner: ${odds.join(', ')} (${how})`);
  return lines;
}
