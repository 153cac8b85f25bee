import {
  type ConversationSnapshot,
  type Debrief,
  endingReason,
  type Scenario,
  stakeholderLine,
  type Transcript,
  viewConversation,
} from '@rapport/engine';
import { Box, Text } from 'ink';
import { Briefing } from '../briefing/index.js';
import { Conversation } from '../conversation/index.js';
import { DebriefSummary, TranscriptView, TurningPoints } from '../debrief/index.js';
import type { PlayMode } from '../session-machine.js';
import { PlainTurn } from './plain-turn.js';

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
  readonly transcript: Transcript;
  readonly snapshot: ConversationSnapshot;
  readonly debrief: Debrief;
  /** The width the text is laid out for. */
  readonly columns?: number;
};

/** A scripted run as text: briefing, every turn, then the debrief, or where the choices ran out. */
export function PlainPlaythrough({
  scenario,
  mode,
  transcript,
  snapshot,
  debrief,
  columns,
}: Props) {
  const view = viewConversation(scenario, snapshot);
  return (
    <Box flexDirection="column" gap={1}>
      <Briefing scenario={scenario} mode={mode} />
      {transcript.turns.map((turn) => (
        <PlainTurn
          key={turn.index}
          scenario={scenario}
          turn={turn}
          mode={mode}
          {...(transcript.seed === undefined ? {} : { seed: transcript.seed })}
        />
      ))}
      {view.kind === 'node' ? (
        <Conversation
          turn={view.turns.length + 1}
          speaker={scenario.stakeholder.name}
          line={stakeholderLine(scenario, view.node, view.meters)}
          options={view.options}
        />
      ) : (
        <PlainDebrief
          scenario={scenario}
          transcript={transcript}
          debrief={debrief}
          {...(columns ? { columns } : {})}
        />
      )}
    </Box>
  );
}

function PlainDebrief({
  scenario,
  transcript,
  debrief,
  columns,
}: Pick<Props, 'scenario' | 'transcript' | 'debrief' | 'columns'>) {
  const reason = endingReason(scenario, transcript);
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold underline>
        Debrief: {scenario.title}
      </Text>
      <DebriefSummary
        debrief={debrief}
        {...(columns ? { columns } : {})}
        {...(transcript.seed === undefined ? {} : { seed: transcript.seed })}
        {...(reason === undefined ? {} : { reason })}
        meters={transcript.turns.at(-1)?.after ?? transcript.start.meters}
      />
      <TurningPoints debrief={debrief} turns={transcript.turns} />
      <Box flexDirection="column" gap={1}>
        <Text bold>Transcript</Text>
        <TranscriptView speaker={scenario.stakeholder.name} turns={transcript.turns} />
      </Box>
    </Box>
  );
}
