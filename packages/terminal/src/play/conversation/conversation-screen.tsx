import { MOVES, type Option, type Turn } from '@rapport/engine';
import { Box } from 'ink';
import { useState } from 'react';
import { hintText, KeyHint } from '../parts/key-hint.js';
import { useTerminalSize } from '../parts/use-terminal-size.js';
import { wrappedLines } from '../parts/wrapped-lines.js';
import type { SessionEvent } from '../session-machine.js';
import { Conversation } from './conversation.js';
import { Feedback } from './feedback.js';
import { turnLayout } from './turn-layout.js';
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
  const { columns, rows } = useTerminalSize();
  const last = Math.min(options.length, 9);
  const keys: [string, string][] = [
    ['↑↓', 'move'],
    ['Enter', 'choose'],
    [last > 1 ? `1-${last}` : '1', 'pick'],
    ['q', 'quit'],
  ];
  // Where the options' window starts is remembered, so it scrolls only at its edges.
  const [first, setFirst] = useState(0);
  const { compact, window } = turnLayout({
    ...view,
    options,
    meters: view.meters ? Object.keys(view.meters).length : 0,
    hint: hintText(keys),
    cursor,
    first,
    columns,
    rows,
  });
  if (window.first !== first) setFirst(window.first);
  return (
    <Box flexDirection="column" gap={compact ? 0 : 1}>
      <Conversation {...view} options={options} cursor={cursor} compact={compact} window={window} />
      <KeyHint keys={keys} />
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
  const { columns, rows } = useTerminalSize();
  const compact = feedbackHeight(turn, columns) >= rows;
  return (
    <Box flexDirection="column" gap={compact ? 0 : 1}>
      <Feedback turn={turn} compact={compact} />
      <KeyHint
        keys={[
          ['Enter', finished ? 'see the debrief' : 'continue'],
          ['q', 'quit'],
        ]}
      />
    </Box>
  );
}

/** Lines the roomy feedback takes: the meters, what was said, the move and its note, the keys. */
function feedbackHeight(turn: Turn, columns: number): number {
  const meters = Object.keys(turn.after).length;
  const said = wrappedLines(`You: ${turn.text}`, columns);
  const reactance = turn.reactance ? ' · reactance: pushing at high resistance cost extra' : '';
  const move = wrappedLines(
    `Move: ${MOVES[turn.move].label} (${turn.family})${reactance}`,
    columns,
  );
  const coach = wrappedLines(turn.coach, columns) + (turn.nonNegotiable ? 2 : 0);
  return meters + 1 + said + 1 + move + coach + 1 + 1;
}
