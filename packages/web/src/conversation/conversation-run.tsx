import {
  type ConversationSnapshot,
  meterNames,
  type Option,
  type Scenario,
  type ScenarioMachine,
  viewConversation,
} from '@rapport/engine';
import { useMachine } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import type { Mode } from '../app/route';
import { Feedback, nonNegotiableReason } from './feedback';
import { MetersPanel } from './meters-panel';
import { OptionList } from './option-list';
import { TurnList } from './turn-list';
import { useConversationKeys } from './use-conversation-keys';

export type Props = {
  readonly scenario: Scenario;
  readonly machine: ScenarioMachine;
  readonly mode: Mode;
  /**
   * The attempt's seed, for the options' order (a resumed snapshot carries its own); file order
   * without one, as the facilitator's preview shows them to the author.
   */
  readonly seed?: number | undefined;
  /** Where to resume (after a step back); the start when left out. */
  readonly snapshot?: ReturnType<ScenarioMachine['getPersistedSnapshot']>;
  /** False right after a step back: coach mode allows one step at a time. */
  readonly canStepBack: boolean;
  readonly onStepBack: (choices: readonly string[]) => void;
  readonly onFinish: (snapshot: ConversationSnapshot) => void;
};

/** One live conversation, driven by the scenario's XState machine. */
export function ConversationRun(props: Props): React.JSX.Element {
  const { scenario, machine, mode } = props;
  const [snapshot, send] = useMachine(machine, {
    input: { seed: props.seed },
    snapshot: props.snapshot,
  });
  const [feedback, setFeedback] = useState(false);
  const [steppedBack, setSteppedBack] = useState(!props.canStepBack);
  const lineRef = useRef<HTMLDivElement>(null);
  const finished = useRef(false);
  const view = viewConversation(scenario, snapshot);
  const coach = mode === 'coach';
  const lastTurn = view.turns.at(-1);
  const name = scenario.stakeholder.name;

  const resumed = props.snapshot !== undefined;
  useEffect(() => {
    // After a step back the old focus (the step-back button) is gone; resume at the line.
    if (resumed) lineRef.current?.focus();
  }, [resumed]);

  const { onFinish } = props;
  useEffect(() => {
    if (view.kind === 'ending' && !feedback && !finished.current) {
      finished.current = true;
      onFinish(snapshot);
    }
  }, [view.kind, feedback, snapshot, onFinish]);

  const pick = (option: Option): void => {
    send({ type: 'CHOOSE', option: option.id });
    setSteppedBack(false);
    if (coach) setFeedback(true);
  };
  const proceed = (): void => {
    if (!feedback) return;
    setFeedback(false);
    // The next line replaces the feedback; put focus on it so reading continues from there.
    requestAnimationFrame(() => lineRef.current?.focus());
  };
  useConversationKeys({
    onPick: (index) => {
      const option = view.kind === 'node' && !feedback ? view.options[index] : undefined;
      if (option) pick(option);
    },
    onContinue: proceed,
  });

  const showLine = view.kind === 'node' && !feedback;
  return (
    <div className={coach ? 'play play-coach' : 'play'}>
      <div className="play-main">
        {view.turns.length > 0 ? (
          <section aria-labelledby="so-far">
            <h2 id="so-far" className="small-heading">
              So far
            </h2>
            <TurnList turns={view.turns} stakeholder={name} label="The conversation so far" />
          </section>
        ) : null}
        {showLine ? (
          <div className="now" ref={lineRef} tabIndex={-1}>
            <p className="line">
              <span className="speaker">{name}:</span> {view.line}
            </p>
            <h2 className="small-heading" id="options-heading">
              What do you say? <span className="hint">Press 1 to {view.options.length}</span>
            </h2>
            <OptionList options={view.options} onPick={pick} label="Your options" />
          </div>
        ) : null}
        {feedback && lastTurn ? (
          <Feedback
            turn={lastTurn}
            nonNegotiable={nonNegotiableReason(scenario, lastTurn)}
            ended={view.kind === 'ending'}
            onContinue={proceed}
          />
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {showLine ? `${name}: ${view.line}` : ''}
      </p>
      {coach ? (
        <aside className="play-side" aria-label="Coach">
          <MetersPanel names={meterNames(scenario)} meters={view.meters} />
          <button
            type="button"
            className="secondary"
            disabled={steppedBack || view.turns.length === 0}
            onClick={() => props.onStepBack(view.turns.slice(0, -1).map((turn) => turn.option))}
          >
            Step back one turn
          </button>
          {steppedBack && view.turns.length > 0 ? (
            <p className="hint">One step back at a time: choose again to step back again.</p>
          ) : null}
        </aside>
      ) : null}
    </div>
  );
}
