import type { Scenario } from '@rapport/engine';
import { Box, Text } from 'ink';
import { memo, useMemo } from 'react';
import { KeyHint } from '../parts/key-hint.js';
import { useTerminalSize } from '../parts/use-terminal-size.js';
import type { PlayMode, SessionEvent } from '../session-machine.js';
import { BriefingBlocks } from './briefing.js';
import { briefingBlocks, briefingPages } from './briefing-blocks.js';
import { useBriefingKeys } from './use-briefing-keys.js';

/** The longest own-words line, to count the rows it wraps to. */
const WORDS_LINE = 90;

/** Lines a page needs besides the briefing: the gap and the key hint, and one spare. */
const PAGE_CHROME = 3;

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
  /** Own-words play is on; w turns it on and off. */
  readonly words?: boolean;
  readonly onWords?: () => void;
  readonly send: (event: SessionEvent) => void;
};

/**
 * The briefing in as many pages as the terminal needs, so nothing scrolls out of sight. Drawn
 * again only when its props change: each draw lays out and wraps a screenful of text (some 30 ms
 * on a slow machine), and the session loading behind it must not cost the learner a frame.
 */
export const BriefingScreen = memo(function BriefingScreen({
  scenario,
  mode,
  words = false,
  onWords,
  send,
}: Props) {
  const { columns, rows } = useTerminalSize();
  const pages = useMemo(
    // The own-words line and its gap take two more rows.
    () =>
      briefingPages(
        briefingBlocks(scenario, mode),
        columns,
        rows - PAGE_CHROME - (onWords ? 2 + Math.floor(WORDS_LINE / Math.max(columns, 20)) : 0),
      ),
    [scenario, mode, columns, rows, onWords],
  );
  const { page } = useBriefingKeys(pages.length, send, onWords);
  const last = page === pages.length - 1;
  const next =
    pages[page + 1]?.[0]?.style === 'bold' ? `next: meet ${scenario.stakeholder.name}` : 'next';
  return (
    <Box flexDirection="column" gap={1}>
      <BriefingBlocks blocks={pages[page] ?? []} />
      {onWords ? (
        <Text>
          {words
            ? 'In your own words: you type each reply, and a coder on this machine reads its move.'
            : 'Choosing from the options; press w to type your replies in your own words instead.'}
        </Text>
      ) : null}
      <KeyHint
        keys={[
          ['Enter', last ? 'start the conversation' : next],
          ...(page > 0 ? [['←', 'back'] as const] : []),
          ...(onWords ? [['w', words ? 'choose from options' : 'own words'] as const] : []),
          ['q', 'quit'],
          ...(pages.length > 1 ? [['page', `${page + 1}/${pages.length}`] as const] : []),
        ]}
      />
    </Box>
  );
});
