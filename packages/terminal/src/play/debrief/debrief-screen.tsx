import type { Debrief, Turn } from '@rapport/engine';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { KeyHint } from '../parts/key-hint.js';
import { Prose } from '../parts/prose.js';
import { ScrollView } from '../parts/scroll-view.js';
import { useTerminalSize } from '../parts/use-terminal-size.js';
import { wrappedLines } from '../parts/wrapped-lines.js';
import type { SessionEvent } from '../session-machine.js';
import { DEBRIEF_PAGES } from './debrief-pages.js';
import { DebriefSummary } from './debrief-summary.js';
import { TranscriptView } from './transcript-view.js';
import { TurningPoints } from './turning-points.js';
import { useDebriefKeys } from './use-debrief-keys.js';

/** Lines the screen needs besides the page: title, tabs, two gaps, the key hint, one spare. */
const CHROME = 6;

export type Props = {
  readonly debrief: Debrief;
  /** Still looking for the best option at the weakest turn. */
  readonly searching?: boolean;
  readonly speaker: string;
  readonly turns: readonly Turn[];
  /** The seed the options' order was drawn from, to replay the attempt with `--seed`. */
  readonly seed?: number;
  /** Why the conversation reached its ending, in the meters' numbers. */
  readonly reason?: string;
  /** Every meter at the end of the conversation. */
  readonly meters?: Readonly<Record<string, number>>;
  /** A line above the keys, like where the transcript was saved. */
  readonly note?: string;
  readonly send: (event: SessionEvent) => void;
};

export function DebriefScreen({
  debrief,
  searching = false,
  speaker,
  turns,
  seed,
  reason,
  meters,
  note,
  send,
}: Props) {
  const { columns, rows } = useTerminalSize();
  const noteLines = note ? wrappedLines(note, columns) : 0;
  const height = Math.max(3, rows - CHROME - noteLines);
  const { page, offset, setScrollable } = useDebriefKeys(send, height);
  const [contentHeight, setContentHeight] = useState(0);
  const more = contentHeight > height;
  return (
    <Box flexDirection="column" gap={1}>
      <Box flexDirection="column">
        <Prose bold>Debrief: {debrief.scenario.title}</Prose>
        <Text>
          {DEBRIEF_PAGES.map((name, i) => (i === page ? `[${name}]` : ` ${name} `)).join(' ')}
        </Text>
      </Box>
      <ScrollView
        height={Math.min(height, contentHeight || height)}
        offset={offset}
        onMeasure={(lines) => {
          setScrollable(lines - height);
          if (lines !== contentHeight) setContentHeight(lines);
        }}
      >
        {page === 0 ? (
          <DebriefSummary
            debrief={debrief}
            columns={columns}
            {...(seed === undefined ? {} : { seed })}
            {...(reason === undefined ? {} : { reason })}
            {...(meters === undefined ? {} : { meters })}
          />
        ) : null}
        {page === 1 ? (
          <TurningPoints debrief={debrief} turns={turns} searching={searching} />
        ) : null}
        {page === 2 ? <TranscriptView speaker={speaker} turns={turns} /> : null}
      </ScrollView>
      <Box flexDirection="column">
        {note ? <Prose dimColor>{note}</Prose> : null}
        <KeyHint
          keys={[
            ['←→', 'page'],
            ...(more
              ? [
                  [
                    '↑↓',
                    offset + height < contentHeight ? 'scroll (more below)' : 'scroll',
                  ] as const,
                ]
              : []),
            ['r', 'retry'],
            ['q', 'quit'],
          ]}
        />
      </Box>
    </Box>
  );
}
