import { MOVES, type Option, orderOptions, type Scenario, type Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { NonNegotiableNote } from '../conversation/feedback.js';
import { MeterBars } from '../parts/meter-bar.js';
import { OptionList } from '../parts/option-list.js';
import { Prose } from '../parts/prose.js';
import type { PlayMode } from '../session-machine.js';

export type Props = {
  readonly scenario: Scenario;
  readonly turn: Turn;
  readonly mode: PlayMode;
  /** The seed the options' order was drawn from; file order without one. */
  readonly seed?: number;
};

/** One played turn as text: the line, the options offered, the choice, and in coach mode the note. */
export function PlainTurn({ scenario, turn, mode, seed }: Props) {
  const offered = offeredOptions(scenario, turn, seed);
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
          <NonNegotiableNote turn={turn} />
          <MeterBars meters={turn.after} before={turn.before} />
        </Box>
      ) : null}
    </Box>
  );
}

/** The options offered at the turn, in the order the attempt showed them. */
function offeredOptions(
  scenario: Scenario,
  turn: Turn,
  seed: number | undefined,
): readonly Option[] {
  const node = scenario.nodes[turn.node];
  if (!node) return [];
  const available = new Set(turn.available);
  return orderOptions(node, turn.node, seed, (option) => available.has(option.id));
}
