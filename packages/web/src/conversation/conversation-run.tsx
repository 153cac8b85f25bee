import {
  type ConversationSnapshot,
  meterNames,
  type Option,
  type Scenario,
  type ScenarioMachine,
  type TypedReply,
  viewConversation,
} from '@rapport/engine';
import { useMachine } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Mode } from '../app/route';
import { Feedback, feedbackAnnouncement, nonNegotiableReason } from './feedback';
import { MetersPanel } from './meters-panel';
import { OptionList } from './option-list';
import { OwnWordsTurn, useCoder } from './own-words';
import { moodOf, Portrait } from './portrait';
import { progressCue, turnsLeft } from './progress';
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
  /** Called with the choices so far whenever they change (to save the attempt as it goes). */
  readonly onProgress?: (choices: readonly string[]) => void;
  /** Own-words play: the learner types each reply (issue 14). */
  readonly words?: boolean;
  /** Called with each typed reply and the turn index it belongs to. */
  readonly onTyped?: (index: number, typed: TypedReply) => void;
  /** The replies typed so far, by turn index, shown in place of the scripted lines. */
  readonly typed?: ReadonlyMap<number, TypedReply>;
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
  const turnRef = useRef<HTMLHeadingElement>(null);
  const finished = useRef(false);
  const view = viewConversation(scenario, snapshot);
  const coach = mode === 'coach';
  const lastTurn = view.turns.at(-1);
  const { name, role } = scenario.stakeholder;
  const left = useMemo(() => turnsLeft(scenario), [scenario]);
  const words = props.words === true;
  const { coder, error: coderError } = useCoder(words);

  const resumed = props.snapshot !== undefined;
  useEffect(() => {
    // After a step back the old focus (the step-back button) is gone; resume at the turn.
    if (resumed) turnRef.current?.focus();
  }, [resumed]);

  const { onProgress } = props;
  const choices = view.turns.map((turn) => turn.option).join('\n');
  useEffect(() => {
    onProgress?.(choices === '' ? [] : choices.split('\n'));
  }, [choices, onProgress]);

  const { onFinish } = props;
  useEffect(() => {
    if (view.kind === 'ending' && !feedback && !finished.current) {
      finished.current = true;
      onFinish(snapshot);
    }
  }, [view.kind, feedback, snapshot, onFinish]);

  // The option just picked leaves the page: focus goes to the next turn's heading (assessment)
  // or the feedback's heading (coach), never to the page body.
  const focusTurn = (): void => {
    requestAnimationFrame(() => {
      const turn = turnRef.current;
      if (!turn) return;
      turn.focus({ preventScroll: true });
      // The new turn at the top (under the meters on a phone), its line and options below it.
      if (typeof turn.scrollIntoView === 'function') turn.scrollIntoView({ block: 'start' });
    });
  };
  const pick = (option: Option): void => {
    send({ type: 'CHOOSE', option: option.id });
    setSteppedBack(false);
    if (coach) setFeedback(true);
    else focusTurn();
  };
  const proceed = (): void => {
    if (!feedback) return;
    setFeedback(false);
    // The next line replaces the feedback; put focus on its turn so reading continues there.
    focusTurn();
  };
  const { onTyped } = props;
  const pickTyped = (option: Option, typed: TypedReply): void => {
    onTyped?.(view.turns.length, typed);
    pick(option);
  };
  useConversationKeys({
    onPick: (index) => {
      const option = view.kind === 'node' && !feedback && !words ? view.options[index] : undefined;
      if (option) pick(option);
    },
    onContinue: proceed,
  });

  const showLine = view.kind === 'node' && !feedback;
  const mood = coach ? moodOf(view.meters) : undefined;
  const announcement =
    feedback && lastTurn
      ? feedbackAnnouncement(lastTurn, nonNegotiableReason(scenario, lastTurn))
      : showLine
        ? `${name}: ${view.line}`
        : '';
  return (
    <div className={coach ? 'play play-coach' : 'play'}>
      <div className="play-main">
        {view.turns.length > 0 ? (
          <section aria-labelledby="so-far">
            <h2 id="so-far" className="small-heading">
              So far
            </h2>
            <TurnList
              turns={view.turns.map((turn) => {
                const typed = props.typed?.get(turn.index);
                return typed ? { ...turn, typed } : turn;
              })}
              stakeholder={name}
              label="The conversation so far"
            />
          </section>
        ) : null}
        {showLine ? (
          <section className="now" aria-labelledby="turn-heading">
            <h2 id="turn-heading" className="turn-heading" ref={turnRef} tabIndex={-1}>
              {progressCue(left, view.node, view.turns.length)}
              <span className="visually-hidden"> · {name}</span>
            </h2>
            <div className="now-line">
              <Portrait name={name} role={role} mood={mood} />
              <div className="bubble bubble-them">
                <p className="line">
                  <span className="speaker">{name}:</span> {view.line}
                </p>
              </div>
            </div>
            {!words ? (
              <>
                <h3 className="small-heading" id="options-heading">
                  What do you say?{' '}
                  <span className="hint key-hint">Press 1 to {view.options.length}</span>
                </h3>
                <OptionList options={view.options} onPick={pick} label="Your options" />
              </>
            ) : coder ? (
              <OwnWordsTurn
                // A fresh box per turn.
                key={view.turns.length}
                coder={coder}
                line={view.line}
                options={view.options}
                nonNegotiable={view.nonNegotiable !== undefined}
                coach={coach}
                onChoose={pickTyped}
              />
            ) : coderError ? (
              <p className="notice" role="alert">
                The move coder could not be loaded ({coderError}), so own-words play cannot go on.
                Reload the page, or start again and choose from the options.
              </p>
            ) : (
              <p role="status">Loading the move coder…</p>
            )}
          </section>
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
        {announcement}
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
