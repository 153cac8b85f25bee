import type { Scenario } from '@rapport/engine';
import { Box, Text } from 'ink';
import { Prose } from '../parts/prose.js';
import type { PlayMode } from '../session-machine.js';

const MODE_TEXT: Readonly<Record<PlayMode, string>> = {
  coach: 'coach. You see the meters, and a coaching note after every choice.',
  assess: 'assess. The meters and the coaching notes wait for the debrief.',
};

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
};

/** The situation, the learner's goal and the mode: the first half of the briefing. */
export function Situation({ scenario, mode }: Props) {
  const { briefing } = scenario;
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold underline>
        {scenario.title}
      </Text>
      <Section title="Situation">{briefing.situation}</Section>
      <Section title="Your goal">{briefing.goal}</Section>
      <Prose>Mode: {MODE_TEXT[mode]}</Prose>
    </Box>
  );
}

/** Who the learner is about to talk to: the second half of the briefing. */
export function Stakeholder({ scenario }: Pick<Props, 'scenario'>) {
  const { stakeholder } = scenario;
  return (
    <Box flexDirection="column" gap={1}>
      <Prose bold>
        You are meeting {stakeholder.name}, {stakeholder.role}
      </Prose>
      <Section title="What they care about">{stakeholder.cares}</Section>
      <Section title="What happened before">{stakeholder.history}</Section>
    </Box>
  );
}

/** The whole briefing on one page, for plain text. */
export function Briefing({ scenario, mode }: Props) {
  return (
    <Box flexDirection="column" gap={1}>
      <Situation scenario={scenario} mode={mode} />
      <Stakeholder scenario={scenario} />
    </Box>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: string }) {
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Prose>{children}</Prose>
    </Box>
  );
}
