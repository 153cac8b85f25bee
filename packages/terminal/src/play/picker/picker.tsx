import { Box } from 'ink';
import type { ScenarioEntry } from '../../library/index.js';
import { useColour } from '../parts/colour.js';
import { NumberedRow } from '../parts/numbered-row.js';
import { Prose } from '../parts/prose.js';

export type Props = {
  readonly entries: readonly ScenarioEntry[];
  readonly cursor?: number;
};

/** The library: every scenario with who the conversation is with and how long it takes. */
export function Picker({ entries, cursor }: Props) {
  const colour = useColour();
  return (
    <Box flexDirection="column">
      {entries.map((entry, i) => {
        const selected = i === cursor;
        return (
          <NumberedRow key={entry.id} number={i + 1} selected={selected}>
            <Box flexDirection="column">
              <Prose color={colour(selected ? 'cyan' : undefined)} bold>
                {entry.title}
              </Prose>
              <Prose dimColor>
                {entry.id} · with {entry.stakeholder} · about {entry.minutes} min
              </Prose>
            </Box>
          </NumberedRow>
        );
      })}
    </Box>
  );
}
