import { Box, Text } from 'ink';
import type { ScenarioEntry } from '../../library/index.js';
import { useColour } from '../parts/colour.js';
import type { PickerWindow } from '../parts/list-window.js';
import { NumberedRow } from '../parts/numbered-row.js';
import { Prose } from '../parts/prose.js';
import { wrappedLines } from '../parts/wrapped-lines.js';

/** Columns for the marker and number in front of each entry: "› 12. " for a library of 12. */
function numberWidth(count: number): number {
  return String(count).length + 4;
}

export type Props = {
  readonly entries: readonly ScenarioEntry[];
  readonly cursor?: number;
  /** The entries shown when the library is taller than the screen; all of them without it. */
  readonly window?: PickerWindow;
};

function details(entry: ScenarioEntry): string {
  return `${entry.id} · with ${entry.stakeholder} · about ${entry.minutes} min`;
}

/** Lines each entry takes at this width: its title, then who and how long, each wrapped. */
export function entryHeights(entries: readonly ScenarioEntry[], columns: number): number[] {
  const width = columns - numberWidth(entries.length);
  return entries.map(
    (entry) => wrappedLines(entry.title, width) + wrappedLines(details(entry), width),
  );
}

/** The library: every scenario with who the conversation is with and how long it takes. */
export function Picker({ entries, cursor, window }: Props) {
  const colour = useColour();
  const { first, end } = window ?? { first: 0, end: entries.length };
  return (
    <Box flexDirection="column">
      {first > 0 ? <Text dimColor>{`  ↑ ${first} more`}</Text> : null}
      {entries.slice(first, end).map((entry, i) => {
        const number = first + i + 1;
        const selected = number - 1 === cursor;
        return (
          <NumberedRow
            key={entry.id}
            number={number}
            selected={selected}
            width={numberWidth(entries.length)}
          >
            <Box flexDirection="column">
              <Prose color={colour(selected ? 'cyan' : undefined)} bold>
                {entry.title}
              </Prose>
              <Prose dimColor>{details(entry)}</Prose>
            </Box>
          </NumberedRow>
        );
      })}
      {end < entries.length ? <Text dimColor>{`  ↓ ${entries.length - end} more`}</Text> : null}
    </Box>
  );
}
