import type { Scenario } from '@rapport/engine';
import { Box, Text } from 'ink';
import type { PlayMode } from '../session-machine.js';

const MODE_TEXT: Readonly<Record<PlayMode, string>> = {
  coach: 'coach. You see the meters, and a coaching note after every choice.',
  assess: 'assess. The meters and the coaching notes wait for the debrief.',
};

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
};

/** What the learner reads before starting: the situation, who they will talk to, and the goal. */
export function Briefing({ scenario, mode }: Props) {
  const { briefing, stakeholder } = scenario;
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold underline>
        {scenario.title}
      </Text>
      <Section title="Situation">{briefing.situation}</Section>
      <Box flexDirection="column">
        <Text bold>
          Stakeholder: {stakeholder.name}, {stakeholder.role}
        </Text>
        <Text>Cares about: {stakeholder.cares}</Text>
        <Text>History: {stakeholder.history}</Text>
      </Box>
      <Section title="Your goal">{briefing.goal}</Section>
      <Text>Mode: {MODE_TEXT[mode]}</Text>
    </Box>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: string }) {
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Text>{children}</Text>
    </Box>
  );
}
