import type { Option } from '@rapport/engine';
import { Box, Text } from 'ink';
import type { PickerWindow } from '../parts/list-window.js';
import { MeterBars } from '../parts/meter-bar.js';
import { OptionList } from '../parts/option-list.js';
import { Prose } from '../parts/prose.js';

export type Props = {
  /** 1-based, as the learner counts. */
  readonly turn: number;
  readonly speaker: string;
  readonly line: string;
  readonly options: readonly Option[];
  /** The meters, in coach mode only: assess mode keeps them for the debrief. */
  readonly meters?: Readonly<Record<string, number>>;
  readonly cursor?: number;
  /** No blank lines and the turn number beside the line, for a terminal too short for the rest. */
  readonly compact?: boolean;
  /** The options shown, when the terminal is too short for all of them. */
  readonly window?: PickerWindow;
};

/** One moment of the conversation: what the stakeholder says and what the learner may answer. */
export function Conversation({
  turn,
  speaker,
  line,
  options,
  meters,
  cursor,
  compact = false,
  window,
}: Props) {
  return (
    <Box flexDirection="column" gap={compact ? 0 : 1}>
      {meters ? <MeterBars meters={meters} /> : null}
      <Box flexDirection="column">
        {compact ? null : <Text dimColor>Turn {turn}</Text>}
        <Prose>
          {compact ? <Text dimColor>Turn {turn} · </Text> : null}
          <Text bold>{speaker}:</Text> {line}
        </Prose>
      </Box>
      <OptionList
        options={options}
        {...(cursor === undefined ? {} : { cursor })}
        {...(window === undefined ? {} : { window })}
      />
    </Box>
  );
}
