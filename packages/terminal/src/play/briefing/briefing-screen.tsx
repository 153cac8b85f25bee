import type { Scenario } from '@rapport/engine';
import { Box } from 'ink';
import { KeyHint } from '../parts/key-hint.js';
import type { PlayMode, SessionEvent } from '../session-machine.js';
import { Briefing } from './briefing.js';
import { useBriefingKeys } from './use-briefing-keys.js';

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
  readonly send: (event: SessionEvent) => void;
};

export function BriefingScreen({ scenario, mode, send }: Props) {
  useBriefingKeys(send);
  return (
    <Box flexDirection="column" gap={1}>
      <Briefing scenario={scenario} mode={mode} />
      <KeyHint
        keys={[
          ['Enter', 'start'],
          ['q', 'quit'],
        ]}
      />
    </Box>
  );
}
