import {
  type ConversationSnapshot,
  compileScenario,
  playChoices,
  randomSeed,
  type Scenario,
  type ScenarioMachine,
  type Transcript,
  type TypedReply,
  toTranscript,
  withTypedReplies,
} from '@rapport/engine';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { releaseLeaveGuard, useLeaveGuard } from '../app/leave-guard';
import { hrefOf, type Mode } from '../app/route';
import { ScreenHeading } from '../app/screen-heading';
import { browserStorage } from '../history/browser-storage';
import { clearInProgress, readInProgress, writeInProgress } from '../history/in-progress';
import { ConversationRun } from './conversation-run';

export type Props = {
  readonly scenario: Scenario;
  readonly mode: Mode;
  /** The seed the options' order is drawn from; a fresh one for this attempt when left out. */
  readonly seed?: number | undefined;
  /** False when the browser refuses storage (the app has said so already). */
  readonly kept?: boolean;
  /**
   * In a workshop room: told of the attempt's choices whenever they change, so the room gets
   * every turn as it is played. A room keeps each turn once, so there is no step back.
   */
  readonly onReport?: (report: AttemptReport) => void;
  /** Own-words play: the learner types each reply. */
  readonly words?: boolean;
  readonly onFinish: (transcript: Transcript) => void;
};

/** What a room is told of an attempt in progress. */
export type AttemptReport = {
  readonly scenarioId: string;
  readonly mode: Mode;
  readonly seed: number;
  readonly startedAt: string;
  readonly choices: readonly string[];
};

type Persisted = ReturnType<ScenarioMachine['getPersistedSnapshot']>;

type Resume = {
  readonly key: number;
  readonly snapshot?: Persisted;
};

type Start = {
  readonly seed: number;
  readonly startedAt: string;
  readonly snapshot?: Persisted;
  /** The replies typed before, by choice (own-words play). */
  readonly typed?: readonly (TypedReply | null)[] | undefined;
  /** Said when a saved place could not be used. */
  readonly notice: string | null;
};

/**
 * Where this attempt starts: the saved conversation when the address names its scenario, mode and
 * seed (a reload, or Back then Forward), replayed choice by choice; else a fresh start.
 */
function startOf(
  scenario: Scenario,
  mode: Mode,
  given: number | undefined,
  machine: ScenarioMachine,
): Start {
  const fresh = { seed: given ?? randomSeed(), startedAt: new Date().toISOString(), notice: null };
  if (given === undefined) return fresh;
  const saved = readInProgress(browserStorage());
  if (!saved || saved.scenario !== scenario.id || saved.mode !== mode || saved.seed !== given)
    return fresh;
  if (saved.choices.length === 0) return { ...fresh, startedAt: saved.startedAt };
  try {
    const replay = playChoices(scenario, saved.choices, { mode, seed: given }, machine);
    if (replay.ignored.length > 0) throw new Error('the scenario changed');
    return {
      seed: given,
      startedAt: saved.startedAt,
      snapshot: machine.getPersistedSnapshot(replay.snapshot),
      typed: saved.typed,
      notice: null,
    };
  } catch {
    return {
      ...fresh,
      notice:
        'The conversation you had started no longer fits this scenario (it has changed since), so it starts again from the top.',
    };
  }
}

const LEAVE_KEPT =
  'Leave this conversation? Your place is kept: come back with the browser’s Forward button or from the scenario’s page.';
const LEAVE_LOST =
  'Leave this conversation? This browser is not keeping it, so your choices so far will be lost.';

/**
 * The conversation screen. Each attempt draws a seed for the options' order (kept in the
 * transcript and in the address); every choice is saved as it is made, so a reload, Back and
 * Forward carry on where the learner was. A step back replays the choices minus the last with
 * the same seed, so it is deterministic and the options stay where they were.
 */
export function Conversation({
  scenario,
  mode,
  seed: given,
  kept = true,
  onReport,
  words = false,
  onFinish,
}: Props): React.JSX.Element {
  const machine = useMemo(() => compileScenario(scenario), [scenario]);
  const [start] = useState(() => startOf(scenario, mode, given, machine));
  const { seed } = start;
  const [resume, setResume] = useState<Resume>(() =>
    start.snapshot ? { key: 0, snapshot: start.snapshot } : { key: 0 },
  );
  const [turns, setTurns] = useState(0);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const finished = useRef(false);
  // Whether this attempt has saved a place yet: opening a scenario does not replace another's.
  const saving = useRef(start.snapshot !== undefined);

  // The seed goes into the address without a new history entry, so a reload finds this attempt.
  useEffect(() => {
    if (given !== undefined) return;
    const href = hrefOf({ name: 'play', id: scenario.id, mode, seed, ...(words ? { words } : {}) });
    window.history.replaceState(window.history.state, '', href);
  }, [given, scenario.id, mode, seed, words]);
  // The replies typed so far, by turn index (a step back and a new reply replace one).
  const typed = useRef(
    new Map<number, TypedReply>(
      start.snapshot
        ? (start.typed ?? []).flatMap((reply, index) =>
            reply ? [[index, reply] as [number, TypedReply]] : [],
          )
        : [],
    ),
  );
  const [typedSoFar, setTypedSoFar] = useState<ReadonlyMap<number, TypedReply>>(typed.current);
  const onTyped = useCallback((index: number, reply: TypedReply) => {
    typed.current = new Map(typed.current).set(index, reply);
    setTypedSoFar(typed.current);
  }, []);

  const notKept = !kept || saveProblem !== null;
  useLeaveGuard(turns > 0 ? (notKept ? LEAVE_LOST : LEAVE_KEPT) : null);

  const progress = useCallback(
    (choices: readonly string[]) => {
      if (finished.current) return;
      setTurns(choices.length);
      onReport?.({ scenarioId: scenario.id, mode, seed, startedAt: start.startedAt, choices });
      if (!kept || (choices.length === 0 && !saving.current)) return;
      saving.current = true;
      const problem = writeInProgress(browserStorage(), {
        version: 1,
        scenario: scenario.id,
        mode,
        seed,
        choices: [...choices],
        startedAt: start.startedAt,
        ...(words
          ? { words, typed: choices.map((_, index) => typed.current.get(index) ?? null) }
          : {}),
      });
      setSaveProblem(problem);
    },
    [kept, scenario.id, mode, seed, start.startedAt, words, onReport],
  );

  const stepBack = (choices: readonly string[]): void => {
    const replay = playChoices(scenario, choices, { mode, seed }, machine);
    setResume((previous) => ({
      key: previous.key + 1,
      snapshot: machine.getPersistedSnapshot(replay.snapshot),
    }));
  };
  const finish = useCallback(
    (snapshot: ConversationSnapshot) => {
      finished.current = true;
      releaseLeaveGuard();
      clearInProgress(browserStorage());
      const transcript = withTypedReplies(
        toTranscript(scenario, snapshot, {
          mode,
          startedAt: start.startedAt,
          finishedAt: new Date().toISOString(),
        }),
        typed.current,
      );
      // The last choice too, whichever of the two effects ran first.
      onReport?.({
        scenarioId: scenario.id,
        mode,
        seed,
        startedAt: start.startedAt,
        choices: transcript.turns.map((turn) => turn.option),
      });
      onFinish(transcript);
    },
    [scenario, mode, seed, onFinish, onReport, start.startedAt],
  );

  return (
    <>
      <ScreenHeading focusKey={`play-${scenario.id}-${mode}`}>
        {scenario.title}{' '}
        <span className="mode-tag">
          {mode === 'coach' ? 'Coach mode' : 'Assessment mode'}
          {words ? ', in your own words' : ''}
        </span>
      </ScreenHeading>
      {start.notice ? (
        <p className="notice" role="status">
          {start.notice}
        </p>
      ) : null}
      {kept && saveProblem !== null ? (
        <p className="notice" role="alert">
          Your place in this conversation cannot be saved ({saveProblem}), so this attempt will not
          be kept if you reload or leave the page. You can still play to the end and export the
          transcript from the debrief.
        </p>
      ) : null}
      <ConversationRun
        key={resume.key}
        scenario={scenario}
        machine={machine}
        mode={mode}
        seed={seed}
        snapshot={resume.snapshot}
        canStepBack={!onReport && (resume.key === 0 || resume.snapshot === undefined)}
        onStepBack={stepBack}
        onProgress={progress}
        words={words}
        typed={typedSoFar}
        onTyped={onTyped}
        onFinish={finish}
      />
    </>
  );
}
