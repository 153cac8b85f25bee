import { Box, Text } from 'ink';
import { useColour } from './colour.js';

/** A meter's name as a label: "resistance" reads "Resistance". */
export function meterLabel(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Ten cells, one per ten points, so the bar reads the same without colour. */
export function meterBar(value: number, cells = 10): string {
  const filled = Math.min(cells, Math.max(0, Math.round((value / 100) * cells)));
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

/** The core meters' colours; a scenario's own meters are drawn without one. */
export const METER_COLOURS: Readonly<Record<string, string>> = {
  resistance: 'red',
  trust: 'green',
};

export type Props = {
  readonly meters: Readonly<Record<string, number>>;
  /** The values before the last choice, to show how far each meter moved. */
  readonly before?: Readonly<Record<string, number>>;
};

function change(value: number, before: number | undefined): string {
  if (before === undefined) return '';
  const delta = value - before;
  return delta === 0 ? ' (no change)' : ` (${delta > 0 ? '+' : ''}${delta})`;
}

/** Every meter as a labelled bar with its number, like `Resistance ███████░░░ 70`. */
export function MeterBars({ meters, before }: Props) {
  const colour = useColour();
  const names = Object.keys(meters);
  const width = Math.max(...names.map((name) => meterLabel(name).length));
  return (
    <Box flexDirection="column">
      {names.map((name) => {
        const value = meters[name] ?? 0;
        return (
          <Text key={name}>
            {meterLabel(name).padEnd(width)}{' '}
            <Text color={colour(METER_COLOURS[name])}>{meterBar(value)}</Text>{' '}
            {String(value).padStart(3)}
            {change(value, before?.[name])}
          </Text>
        );
      })}
    </Box>
  );
}
