import type { Figure } from './measure.js';

const number = (value: number): string =>
  Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 3 });

/** The bench result as a Markdown table, so it can be pasted into docs/performance.md as it is. */
export function formatTable(
  figures: readonly Figure[],
  environment: Readonly<Record<string, string>>,
): string {
  const rows = figures.map((f) => [
    f.name,
    `${number(f.value)} ${f.unit}`,
    f.baseline === null ? '—' : `${number(f.baseline)} ${f.unit} (${f.baselineName})`,
    f.ratio === null ? '—' : number(Math.round(f.ratio * 100) / 100),
    f.budget,
    f.ok ? 'ok' : 'MISSED',
  ]);
  const lines = [
    '| figure | value | baseline | ratio | budget | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    'Values are medians. A timed ratio is the median of the ratios of runs taken back to back, one',
    'side then the other, so it can differ from value / baseline when the machine speeds up or slows',
    'down during the bench.',
    '',
    ...Object.entries(environment).map(([key, value]) => `- ${key}: ${value}`),
    '',
    figures.every((f) => f.ok)
      ? 'Every budget met.'
      : `${figures.filter((f) => !f.ok).length} budget(s) missed.`,
  ];
  return `${lines.join('\n')}\n`;
}
