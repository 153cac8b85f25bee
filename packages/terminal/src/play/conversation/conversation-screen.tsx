import type { Option, Turn } from '@rapport/engine';
import { Box, useStdout } from 'ink';
import { KeyHint } from '../parts/key-hint.js';
import { wrappedLines } from '../parts/wrapped-lines.js';
import type { SessionEvent } from '../session-machine.js';
import { Conversation } from './conversation.js';
import { Feedback } from './feedback.js';
import { useConversationKeys, useFeedbackKeys } from './use-conversation-keys.js';

export type Props = {
  readonly turn: number;
  readonly speaker: string;
  readonly line: string;
  readonly options: readonly Option[];
  readonly meters?: Readonly<Record<string, number>>;
  readonly send: (event: SessionEvent) => void;
};

export function ConversationScreen({ options, send, ...view }: Props) {
  const { cursor } = useConversationKeys(
    options.map((option) => option.id),
    send,
  );
  const { stdout } = useStdout();
  const compact = !fitsWithGaps(view, options, stdout.columns || 80, stdout.rows || 24);
  const last = Math.min(options.length, 9);
  return (
    <Box flexDirection="column" gap={compact ? 0 : 1}>
      <Conversation {...view} options={options} cursor={cursor} compact={compact} />
      <KeyHint
        keys={[
          ['↑↓', 'move'],
          ['Enter', 'choose'],
          [last > 1 ? `1-${last}` : '1', 'pick'],
          ['q', 'quit'],
        ]}
      />
    </Box>
  );
}

export type FeedbackProps = {
  readonly turn: Turn;
  /** The conversation has ended: Enter leads to the debrief. */
  readonly finished: boolean;
  readonly send: (event: SessionEvent) => void;
};

export function FeedbackScreen({ turn, finished, send }: FeedbackProps) {
  useFeedbackKeys(send);
  return (
    <Box flexDirection="column" gap={1}>
      <Feedback turn={turn} />
      <KeyHint
        keys={[
          ['Enter', finished ? 'see the debrief' : 'continue'],
          ['q', 'quit'],
        ]}
      />
    </Box>
  );
}

/** Indent of an option's text after its number. */
const OPTION_INDENT = 5;

/** Whether the roomy layout (blank lines, turn on its own line) fits the terminal's rows. */
function fitsWithGaps(
  view: Pick<Props, 'speaker' | 'line' | 'meters'>,
  options: readonly Option[],
  columns: number,
  rows: number,
): boolean {
  const meters = view.meters ? Object.keys(view.meters).length + 1 : 0;
  const line = 1 + wrappedLines(`${view.speaker}: ${view.line}`, columns);
  const choices = options.reduce(
    (sum, option) => sum + wrappedLines(option.text, columns - OPTION_INDENT),
    0,
  );
  // the turn and line, a gap, the options, a gap, the key hint; Ink needs one row to spare
  return meters + line + 1 + choices + 1 + 1 < rows;
}
