import type { Scenario } from '@rapport/engine';
import { Box, Text } from 'ink';
import { Prose } from '../parts/prose.js';
import type { PlayMode } from '../session-machine.js';
import { type BriefingBlock, briefingBlocks } from './briefing-blocks.js';

export type Props = {
  readonly blocks: readonly BriefingBlock[];
};

/** Briefing blocks one under another, a blank line apart. */
export function BriefingBlocks({ blocks }: Props) {
  return (
    <Box flexDirection="column" gap={1}>
      {blocks.map((block) =>
        block.heading ? (
          <Box key={block.heading} flexDirection="column">
            <Text bold>{block.heading}</Text>
            <Prose>{block.text}</Prose>
          </Box>
        ) : (
          <Prose
            key={block.text}
            bold={block.style !== undefined}
            underline={block.style === 'title'}
          >
            {block.text}
          </Prose>
        ),
      )}
    </Box>
  );
}

/** The whole briefing on one page, for plain text. */
export function Briefing({
  scenario,
  mode,
}: {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
}) {
  return <BriefingBlocks blocks={briefingBlocks(scenario, mode)} />;
}
