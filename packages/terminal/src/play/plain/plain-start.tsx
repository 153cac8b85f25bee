import { playChoices, type Scenario, viewConversation } from '@rapport/engine';
import { Box } from 'ink';
import { Briefing } from '../briefing/index.js';
import { Conversation } from '../conversation/index.js';
import type { PlayMode } from '../session-machine.js';

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
  /** The seed the options' order is drawn from, which the hint tells the learner to pass on. */
  readonly seed: number;
};

/** The briefing and the first turn as text, for a run that cannot ask: enough to pick --choices. */
export function PlainStart({ scenario, mode, seed }: Props) {
  const view = viewConversation(scenario, playChoices(scenario, [], { seed }).snapshot);
  return (
    <Box flexDirection="column" gap={1}>
      <Briefing scenario={scenario} mode={mode} />
      {view.kind === 'node' ? (
        <Conversation
          turn={1}
          speaker={scenario.stakeholder.name}
          line={view.line}
          options={view.options}
          {...(mode === 'coach' ? { meters: view.meters } : {})}
        />
      ) : null}
    </Box>
  );
}
