import { type Band, type Debrief, MITI_DISCLAIMER, type Outcome } from '@rapport/engine';
import { Box, Text } from 'ink';
import { useColour } from '../parts/colour.js';
import { MeterBars } from '../parts/meter-bar.js';
import { Prose } from '../parts/prose.js';
import { bandsNote, bandText, type FigureRow, figureRows } from './figure-rows.js';

const BAND_COLOURS: Readonly<Record<Band, string>> = {
  good: 'green',
  fair: 'yellow',
  below: 'red',
};

const OUTCOME_COLOURS: Readonly<Record<Outcome, string>> = {
  breakthrough: 'green',
  partial: 'cyan',
  stalemate: 'yellow',
  escalation: 'red',
};

/** The width of the figure names: the longest, "Reflection-to-question ratio", and a space. */
const LABEL_WIDTH = 29;

export type Props = {
  readonly debrief: Debrief;
  /** The terminal's width: a figure's counts are left out where they would wrap. */
  readonly columns?: number;
  /** The seed the options' order was drawn from. */
  readonly seed?: number;
  /** Why the conversation reached its ending, in the meters' numbers (see endingReason). */
  readonly reason?: string;
  /** Every meter at the end of the conversation. */
  readonly meters?: Readonly<Record<string, number>>;
};

/** The outcome and why it was reached, every meter at the end, and every figure with its band. */
export function DebriefSummary({
  debrief,
  columns = Number.POSITIVE_INFINITY,
  seed,
  reason,
  meters,
}: Props) {
  const colour = useColour();
  const { outcome } = debrief;
  return (
    <Box flexDirection="column" gap={1}>
      {outcome ? (
        <Box flexDirection="column">
          <Prose bold>
            {outcome.title}{' '}
            <Text color={colour(OUTCOME_COLOURS[outcome.outcome])}>({outcome.outcome})</Text>
          </Prose>
          <Prose>{outcome.text}</Prose>
          {reason ? <Prose>Why: {reason}</Prose> : null}
        </Box>
      ) : (
        <Text bold>Unfinished: the conversation did not reach an ending.</Text>
      )}
      {meters ? <MeterBars meters={meters} /> : null}
      <Box flexDirection="column">
        {figureRows(debrief).map((row) => (
          <FigureLine key={row.label} row={row} columns={columns} />
        ))}
        <Prose dimColor>{bandsNote(debrief)}</Prose>
      </Box>
      <Prose dimColor>{MITI_DISCLAIMER}</Prose>
      {seed === undefined ? null : (
        <Prose dimColor>
          Seed {seed}: replay with --seed {seed} for the same option order
        </Prose>
      )}
    </Box>
  );
}

function FigureLine({ row, columns }: { readonly row: FigureRow; readonly columns: number }) {
  const colour = useColour();
  const band = row.band === undefined ? '' : ` ${bandText(row.band)}`;
  const fits = LABEL_WIDTH + 5 + band.length + row.detail.length + 3 <= columns;
  return (
    <Box>
      <Box width={LABEL_WIDTH} flexShrink={0}>
        <Text bold>{row.label}</Text>
      </Box>
      <Prose>
        {row.value.padEnd(5)}
        {row.band === undefined ? null : (
          <Text color={colour(row.band ? BAND_COLOURS[row.band] : undefined)}>
            {' '}
            {bandText(row.band)}
          </Text>
        )}
        {fits ? <Text dimColor> ({row.detail})</Text> : null}
      </Prose>
    </Box>
  );
}
