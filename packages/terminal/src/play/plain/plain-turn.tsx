import { MOVES, type Option, type Scenario, type Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { MeterBars } from '../parts/meter-bar.js';
import { OptionList } from '../parts/option-list.js';
import { Prose } from '../parts/prose.js';
import type { PlayMode } from '../session-machine.js';

export type Props = {
  readonly scenario: Scenario;
  readonly turn: Turn;
  readonly mode: PlayMode;
};

/** One played turn as text: the line, the options offered, the choice, and in coach mode the note. */
export function PlainTurn({ scenario, turn, mode }: Props) {
  const offered = offeredOptions(scenario, turn);
  const number = offered.findIndex((option) => option.id === turn.option) + 1;
  return (
    <Box flexDirection="column">
      <Text bold>Turn {turn.index + 1}</Text>
      <Prose>
        <Text bold>{scenario.stakeholder.name}:</Text> {turn.line}
      </Prose>
      <OptionList options={offered} />
      <Prose>
        <Text bold>You chose {number}:</Text> {turn.text}
      </Prose>
      {mode === 'coach' ? (
        <Box flexDirection="column" paddingLeft={2}>
          <Prose>
            Move: {MOVES[turn.move].label} ({turn.family}). {turn.coach}
          </Prose>
          <MeterBars meters={turn.after} before={turn.before} />
        </Box>
      ) : null}
    </Box>
  );
}

function offeredOptions(scenario: Scenario, turn: Turn): readonly Option[] {
  const node = scenario.nodes[turn.node];
  if (!node) return [];
  return turn.available.flatMap((id) => node.options.filter((option) => option.id === id));
}
