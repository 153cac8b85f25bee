import {
  type ConversationSnapshot,
  compileScenario,
  playChoices,
  randomSeed,
  type Scenario,
  type ScenarioMachine,
  type Transcript,
  toTranscript,
} from '@rapport/engine';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Mode } from '../app/route';
import { ScreenHeading } from '../app/screen-heading';
import { ConversationRun } from './conversation-run';

export type Props = {
  readonly scenario: Scenario;
  readonly mode: Mode;
  /** The seed the options' order is drawn from; a fresh one for this attempt when left out. */
  readonly seed?: number | undefined;
  readonly onFinish: (transcript: Transcript) => void;
};

type Resume = {
  readonly key: number;
  readonly snapshot?: ReturnType<ScenarioMachine['getPersistedSnapshot']>;
};

/**
 * The conversation screen. Each attempt draws a seed for the options' order (kept in the
 * transcript); a step back replays the choices minus the last with the same seed, so it is
 * deterministic and the options stay where they were.
 */
export function Conversation({ scenario, mode, seed: given, onFinish }: Props): React.JSX.Element {
  const machine = useMemo(() => compileScenario(scenario), [scenario]);
  const startedAt = useRef(new Date().toISOString());
  const [seed] = useState(() => given ?? randomSeed());
  const [resume, setResume] = useState<Resume>({ key: 0 });

  const stepBack = (choices: readonly string[]): void => {
    const replay = playChoices(scenario, choices, { mode, seed }, machine);
    setResume((previous) => ({
      key: previous.key + 1,
      snapshot: machine.getPersistedSnapshot(replay.snapshot),
    }));
  };
  const finish = useCallback(
    (snapshot: ConversationSnapshot) =>
      onFinish(
        toTranscript(scenario, snapshot, {
          mode,
          startedAt: startedAt.current,
          finishedAt: new Date().toISOString(),
        }),
      ),
    [scenario, mode, onFinish],
  );

  return (
    <>
      <ScreenHeading focusKey={`play-${scenario.id}-${mode}`}>
        {scenario.title}{' '}
        <span className="mode-tag">{mode === 'coach' ? 'Coach mode' : 'Assessment mode'}</span>
      </ScreenHeading>
      <ConversationRun
        key={resume.key}
        scenario={scenario}
        machine={machine}
        mode={mode}
        seed={seed}
        snapshot={resume.snapshot}
        canStepBack={resume.key === 0 || resume.snapshot === undefined}
        onStepBack={stepBack}
        onFinish={finish}
      />
    </>
  );
}
