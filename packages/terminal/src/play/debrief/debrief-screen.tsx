import type { Debrief, Turn } from '@rapport/engine';
import { Box, Text, useStdout } from 'ink';
import { KeyHint } from '../parts/key-hint.js';
import { Prose } from '../parts/prose.js';
import type { SessionEvent } from '../session-machine.js';
import { DEBRIEF_PAGES } from './debrief-pages.js';
import { DebriefSummary } from './debrief-summary.js';
import { TranscriptView } from './transcript-view.js';
import { turnsThatFit } from './transcript-window.js';
import { TurningPoints } from './turning-points.js';
import { useDebriefKeys } from './use-debrief-keys.js';

/** Lines the transcript page needs besides the turns: heading, range, key hint, gaps, one spare. */
const TRANSCRIPT_CHROME = 6;

export type Props = {
  readonly debrief: Debrief;
  /** Still looking for the best option at the weakest turn. */
  readonly searching?: boolean;
  readonly speaker: string;
  readonly turns: readonly Turn[];
  readonly send: (event: SessionEvent) => void;
};

export function DebriefScreen({ debrief, searching = false, speaker, turns, send }: Props) {
  const { page, from } = useDebriefKeys(turns.length, send);
  const { stdout } = useStdout();
  const shown = turnsThatFit(
    turns,
    from,
    speaker,
    stdout.columns || 80,
    (stdout.rows || 24) - TRANSCRIPT_CHROME,
  );
  return (
    <Box flexDirection="column" gap={1}>
      <Prose>
        <Text bold>Debrief: {debrief.scenario.title}</Text>
        {'  '}
        {DEBRIEF_PAGES.map((name, i) => (i === page ? `[${name}]` : ` ${name} `)).join(' ')}
      </Prose>
      {page === 0 ? <DebriefSummary debrief={debrief} /> : null}
      {page === 1 ? <TurningPoints debrief={debrief} turns={turns} searching={searching} /> : null}
      {page === 2 ? (
        <Box flexDirection="column">
          <Prose dimColor>
            Turns {Math.min(turns.length, from + 1)}-{Math.min(turns.length, from + shown)} of{' '}
            {turns.length}
          </Prose>
          <TranscriptView speaker={speaker} turns={turns.slice(from, from + shown)} from={from} />
        </Box>
      ) : null}
      <KeyHint
        keys={[
          ['←→', 'page'],
          ...(page === 2 ? [['↑↓', 'scroll'] as const] : []),
          ['r', 'retry'],
          ['q', 'quit'],
        ]}
      />
    </Box>
  );
}
