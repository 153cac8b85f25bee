import type { Option, Turn } from '@rapport/engine';
import { Box } from 'ink';
import { KeyHint } from '../parts/key-hint.js';
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
  const last = Math.min(options.length, 9);
  return (
    <Box flexDirection="column" gap={1}>
      <Conversation {...view} options={options} cursor={cursor} />
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
