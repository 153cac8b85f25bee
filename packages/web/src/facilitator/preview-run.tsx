import {
  type ConversationSnapshot,
  compileScenario,
  initialMeters,
  type Meters,
  meterNames,
  playChoices,
  type Scenario,
  type ScenarioMachine,
  startNode,
  type TypedReply,
  viewConversation,
} from '@rapport/engine';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ConversationRun } from '../conversation/conversation-run';
import { meterLabel } from '../conversation/meter-delta';
import { replayCommand } from './replay-command';

export type Props = {
  readonly scenario: Scenario;
  /** The file as opened, for the terminal command that replays a run. */
  readonly file: string;
  readonly start: string;
  readonly meters: Meters;
  /** Own-words play: the facilitator types each reply, as a learner would. */
  readonly words?: boolean;
};

type Resume = {
  readonly key: number;
  readonly snapshot: ReturnType<ScenarioMachine['getPersistedSnapshot']>;
};

/**
 * One preview run: the learner's conversation screen in coach mode, started at the chosen node
 * with the chosen meters. Steps back replay the choices, as the learner's step back does, but
 * without the one-step limit, since the facilitator is testing, not being assessed.
 */
export function PreviewRun({
  scenario,
  file,
  start,
  meters,
  words = false,
}: Props): React.JSX.Element {
  const machine = useMemo(() => compileScenario(scenario, { start }), [scenario, start]);
  const replay = (
    choices: readonly string[],
  ): ReturnType<ScenarioMachine['getPersistedSnapshot']> =>
    machine.getPersistedSnapshot(
      playChoices(scenario, choices, { start, meters, mode: 'coach' }, machine).snapshot,
    );
  const [resume, setResume] = useState<Resume>(() => ({ key: 0, snapshot: replay([]) }));
  const [ended, setEnded] = useState<ConversationSnapshot | undefined>(undefined);
  // The replies typed so far, by turn index: a step back keeps those before it.
  const [typed, setTyped] = useState<ReadonlyMap<number, TypedReply>>(() => new Map());
  const onTyped = useCallback(
    (index: number, reply: TypedReply) =>
      setTyped((previous) => new Map(previous).set(index, reply)),
    [],
  );

  const stepBack = (choices: readonly string[]): void => {
    setEnded(undefined);
    setTyped((previous) => new Map([...previous].filter(([index]) => index < choices.length)));
    setResume((previous) => ({ key: previous.key + 1, snapshot: replay(choices) }));
  };
  const again = (): void => stepBack([]);
  const ending = ended ? viewConversation(scenario, ended) : undefined;
  const endingHeading = useRef<HTMLHeadingElement>(null);
  // The feedback (and its focus) closed as the run ended: focus its ending, not the page body.
  useEffect(() => {
    if (ended) endingHeading.current?.focus();
  }, [ended]);
  // The terminal replays from the scenario's own start and meters only.
  const defaults = initialMeters(scenario);
  const fromTheTop =
    start === startNode(scenario) &&
    meterNames(scenario).every((name) => meters[name] === defaults[name]);
  const startedWith = meterNames(scenario)
    .map((name) => `${meterLabel(name).toLowerCase()} ${meters[name] ?? 0}`)
    .join(', ');

  return (
    <div className="preview-run">
      <p className="preview-start">
        Playing from <code>{start}</code> with {startedWith}
        {words ? ', typing the replies' : ''}.
      </p>
      <ConversationRun
        key={resume.key}
        scenario={scenario}
        machine={machine}
        mode="coach"
        snapshot={resume.snapshot}
        canStepBack={true}
        onStepBack={stepBack}
        words={words}
        typed={typed}
        onTyped={onTyped}
        onFinish={setEnded}
      />
      {ending?.kind === 'ending' ? (
        <section className="preview-ending" aria-labelledby="preview-ending-heading">
          <h3 id="preview-ending-heading" ref={endingHeading} tabIndex={-1}>
            Ending <code>{ending.ending.id}</code>: {ending.ending.title}
          </h3>
          <p>
            Outcome: <strong>{ending.ending.outcome}</strong>, after {ending.turns.length}{' '}
            {ending.turns.length === 1 ? 'turn' : 'turns'}.
          </p>
          <p>{ending.ending.text}</p>
          <p>
            Choices: <code>{ending.turns.map((turn) => turn.option).join(', ')}</code>
          </p>
          {fromTheTop ? (
            <p>
              The same run in a terminal: <code>{replayCommand(file, ending.turns)}</code>
            </p>
          ) : null}
          <button type="button" className="secondary" onClick={again}>
            Play again from <code>{start}</code>
          </button>
        </section>
      ) : null}
    </div>
  );
}
