import type { Scenario } from '@rapport/engine';
import { Box } from 'ink';
import { KeyHint } from '../parts/key-hint.js';
import type { PlayMode, SessionEvent } from '../session-machine.js';
import { Situation, Stakeholder } from './briefing.js';
import { useBriefingKeys } from './use-briefing-keys.js';

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
  readonly send: (event: SessionEvent) => void;
};

export function BriefingScreen({ scenario, mode, send }: Props) {
  const { page } = useBriefingKeys(send);
  return (
    <Box flexDirection="column" gap={1}>
      {page === 0 ? (
        <Situation scenario={scenario} mode={mode} />
      ) : (
        <Stakeholder scenario={scenario} />
      )}
      <KeyHint
        keys={
          page === 0
            ? [
                ['Enter', `next: meet ${scenario.stakeholder.name}`],
                ['q', 'quit'],
              ]
            : [
                ['Enter', 'start the conversation'],
                ['←', 'back'],
                ['q', 'quit'],
              ]
        }
      />
    </Box>
  );
}
