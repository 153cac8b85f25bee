import {
  type Debrief,
  debriefTranscript,
  endingReason,
  loadShippedCoder,
  type MoveCoder,
  type Scenario,
  scoreTranscript,
  type Transcript,
  type TypedReply,
  toTranscript,
  viewConversation,
  withTypedReplies,
} from '@rapport/engine';
import { useActorRef, useSelector } from '@xstate/react';
import { renderToString, Text } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createActor } from 'xstate';
import { BriefingScreen } from './briefing/index.js';
import { ConversationScreen, FeedbackScreen } from './conversation/index.js';
import { OwnWordsScreen } from './conversation/own-words-screen.js';
import { DebriefScreen } from './debrief/index.js';
import { inert } from './parts/inert.js';
import { type PlayMode, sessionMachineFor } from './session-machine.js';

// The app makes the machine ahead of the start, while the briefing is read.
export { sessionMachineFor } from './session-machine.js';

/**
 * Runs the first turn once, out of sight, while the learner reads the briefing: an actor of the
 * session's machine is started and stopped, and the first turn's screen is drawn to a string that
 * is thrown away. Nothing is shown or kept; the code that starts the real session and draws its
 * first turn has then run once, so V8 has compiled it and Enter on the last page draws sooner.
 * Each step is a call of its own (`steps`), so the app can run them one at a time between keys.
 */
export function rehearsal(scenario: Scenario, mode: PlayMode, columns: number): (() => void)[] {
  let actor: ReturnType<typeof createActor<ReturnType<typeof sessionMachineFor>>> | undefined;
  return [
    () => {
      sessionMachineFor(scenario);
    },
    () => {
      actor = createActor(sessionMachineFor(scenario), { input: { mode, briefed: true, seed: 1 } });
      actor.start();
    },
    () => {
      const conversation = actor?.getSnapshot().children.conversation?.getSnapshot();
      actor?.stop();
      if (!conversation) return;
      const view = viewConversation(scenario, conversation);
      if (view.kind !== 'node') return;
      renderToString(
        <ConversationScreen
          turn={1}
          speaker={inert(scenario.stakeholder.name)}
          line={inert(view.line)}
          options={inert(view.options)}
          {...(mode === 'coach' ? { meters: view.meters } : {})}
          send={() => {}}
        />,
        { columns },
      );
    },
  ];
}

export type FinishedHandler = (transcript: Transcript) => Promise<string | undefined> | undefined;

export type Props = {
  readonly scenario: Scenario;
  readonly mode: PlayMode;
  /**
   * Called with each finished attempt, when its debrief opens (to save `--transcript`); what it
   * resolves to is shown on the debrief, like where the attempt was saved.
   */
  readonly onFinished?: FinishedHandler;
  /**
   * Called when the learner quits, to end the app; with how many turns were played when they
   * quit in the middle of a conversation, whose attempt is then not kept.
   */
  readonly onQuit: (midway?: { readonly turns: number }) => void;
  /** The learner has read the briefing already (the app shows it while this loads). */
  readonly briefed?: boolean;
  /** The seed the options' order is drawn from; without it, one drawn when the session starts. */
  readonly seed?: number;
  /** Own-words play (`--own-words`, or w on the briefing): the learner types each reply. */
  readonly words?: boolean;
};

/** One scenario from briefing to debrief: the screens render the machines and send them events. */
export function Session({
  scenario,
  mode,
  onFinished,
  onQuit,
  briefed = false,
  seed,
  words: wordsAsked = false,
}: Props) {
  const [words, setWords] = useState(wordsAsked);
  const coder = useCoder(words);
  // The replies typed in this attempt, by turn index; a retry starts with none.
  const typed = useRef(new Map<number, TypedReply>());
  const machine = sessionMachineFor(scenario);
  const shown = useMemo(() => inert(scenario), [scenario]);
  const session = useActorRef(machine, {
    input: { mode, briefed, ...(seed === undefined ? {} : { seed }) },
  });
  const step = useSelector(session, (snapshot) => {
    if (snapshot.status === 'done') return 'quit';
    if (snapshot.matches('briefing')) return 'briefing';
    if (snapshot.matches({ playing: 'feedback' })) return 'feedback';
    if (snapshot.matches({ playing: 'debrief' })) return 'debrief';
    return 'choosing';
  });
  const finished = useSelector(session, (snapshot) => snapshot.context.finished);
  const startedAt = useSelector(session, (snapshot) => snapshot.context.startedAt);
  const child = useSelector(session, (snapshot) => snapshot.children.conversation);
  // A retry invokes a new conversation actor; this follows whichever is current.
  const conversation = useSelector(child, (snapshot) => snapshot);
  const send = session.send;

  // Where the learner was before quitting: the machine has stopped by the time it says so.
  const progress = useRef<{ readonly playing: boolean; readonly turns: number }>({
    playing: false,
    turns: 0,
  });
  useEffect(() => {
    if (step === 'quit') {
      onQuit(progress.current.playing ? { turns: progress.current.turns } : undefined);
    } else {
      progress.current = {
        playing: step === 'choosing' || step === 'feedback',
        turns: conversation ? viewConversation(scenario, conversation).turns.length : 0,
      };
    }
  }, [step, onQuit, conversation, scenario]);

  const transcript = useMemo(
    () =>
      step === 'debrief' && conversation
        ? withTypedReplies(
            toTranscript(scenario, conversation, {
              mode,
              startedAt,
              finishedAt: new Date().toISOString(),
            }),
            typed.current,
          )
        : undefined,
    [step, conversation, scenario, mode, startedAt],
  );
  const [note, setNote] = useState<{ readonly of: Transcript; readonly text: string }>();
  useEffect(() => {
    if (!transcript) return;
    void onFinished?.(transcript)?.then((text) => {
      if (text) setNote({ of: transcript, text });
    });
  }, [transcript, onFinished]);
  const debrief = useDebrief(scenario, transcript);

  if (step === 'briefing')
    return (
      <BriefingScreen
        scenario={shown}
        mode={mode}
        words={words}
        onWords={() => setWords((on) => !on)}
        send={send}
      />
    );
  if (step === 'quit' || !conversation) return null;
  const view = viewConversation(scenario, conversation);
  const speaker = shown.stakeholder.name;
  if (step === 'debrief' && transcript && debrief) {
    // the ending's title is the scenario's text: shown inert, like the rest of it
    const reason = endingReason(scenario, transcript);
    return (
      <DebriefScreen
        debrief={inert(debrief.debrief)}
        searching={debrief.searching}
        speaker={speaker}
        turns={inert(transcript.turns)}
        {...(transcript.seed === undefined ? {} : { seed: transcript.seed })}
        {...(reason === undefined ? {} : { reason: inert(reason) })}
        meters={transcript.turns.at(-1)?.after ?? transcript.start.meters}
        {...(note?.of === transcript ? { note: inert(note.text) } : {})}
        send={send}
      />
    );
  }
  const last = view.turns.at(-1);
  if (step === 'feedback' && last) {
    const reply = typed.current.get(last.index);
    return (
      <FeedbackScreen
        key={last.index}
        turn={inert(reply ? { ...last, typed: reply } : last)}
        finished={finished}
        send={send}
      />
    );
  }
  if (view.kind !== 'node') return null;
  if (view.turns.length === 0 && typed.current.size > 0) typed.current = new Map();
  if (words) {
    if (coder.error) return <Text color="red">{coder.error}</Text>;
    if (!coder.coder) return <Text>Loading the move coder…</Text>;
    const index = view.turns.length;
    return (
      <OwnWordsScreen
        key={`${startedAt}-${index}`}
        coder={coder.coder}
        turn={index + 1}
        speaker={shown.stakeholder.name}
        line={view.line}
        options={view.options}
        nonNegotiable={view.nonNegotiable !== undefined}
        coach={mode === 'coach'}
        {...(mode === 'coach' ? { meters: view.meters } : {})}
        onTyped={(reply) => {
          typed.current.set(index, reply);
        }}
        send={send}
      />
    );
  }
  return (
    <ConversationScreen
      // A fresh screen per turn, so the highlight starts at the first option again.
      key={`${startedAt}-${view.turns.length}`}
      turn={view.turns.length + 1}
      speaker={speaker}
      line={inert(view.line)}
      options={inert(view.options)}
      {...(mode === 'coach' ? { meters: view.meters } : {})}
      send={send}
    />
  );
}

/**
 * The debrief of a finished attempt: the transcript's scores at once, then the best option at the
 * weakest turn, which explores the scenario and can take seconds, once the scores are on screen.
 */
function useDebrief(
  scenario: Scenario,
  transcript: Transcript | undefined,
): { readonly debrief: Debrief; readonly searching: boolean } | undefined {
  const scored = useMemo(() => transcript && scoreTranscript(transcript), [transcript]);
  const [complete, setComplete] = useState<{
    readonly of: Transcript;
    readonly debrief: Debrief;
  }>();
  useEffect(() => {
    if (!transcript) return;
    const timer = setTimeout(
      () => setComplete({ of: transcript, debrief: debriefTranscript(scenario, transcript) }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [scenario, transcript]);
  if (!transcript || !scored) return undefined;
  if (complete?.of === transcript) return { debrief: complete.debrief, searching: false };
  return { debrief: scored, searching: true };
}

/** The move coder, loaded when own-words play is chosen; an error names the weights file. */
function useCoder(wanted: boolean): { coder?: MoveCoder; error?: string } {
  const [state, setState] = useState<{ coder?: MoveCoder; error?: string }>({});
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadShippedCoder().then(
      (coder) => live && setState({ coder }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}

/** Long enough for Ink to draw the scores before the search holds the thread. */
const SEARCH_DELAY_MS = 100;
