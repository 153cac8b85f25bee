import { compileScenario, randomSeed, type Scenario } from '@rapport/engine';
import { assign, sendTo, setup } from 'xstate';

export type PlayMode = 'coach' | 'assess';

export type SessionContext = {
  readonly mode: PlayMode;
  /** When the current attempt started, for the transcript. */
  readonly startedAt: string;
  /** True once the conversation reached an ending; coach mode still shows the last note first. */
  readonly finished: boolean;
  /** How many attempts were started, so each retry gets a fresh conversation. */
  readonly attempt: number;
  /** The briefing was read before the session started, so it opens on the conversation. */
  readonly briefed: boolean;
  /**
   * The seed the options' order is drawn from: `--seed`, or one drawn for each attempt. A retry
   * draws a new one, as the web trainer does, so a remembered "2, 3, 1" tells the learner
   * nothing; with `--seed` every attempt keeps the order asked for.
   */
  readonly seed: number;
  /** The seed came from `--seed`. */
  readonly fixedSeed: boolean;
};

export type SessionEvent =
  | { readonly type: 'briefing.start' }
  | { readonly type: 'option.chosen'; readonly option: string }
  | { readonly type: 'turn.continue' }
  | { readonly type: 'attempt.retry' }
  | { readonly type: 'session.quit' };

export type SessionInput = {
  readonly mode: PlayMode;
  readonly briefed?: boolean;
  readonly seed?: number;
};

const prepared = new WeakMap<Scenario, ReturnType<typeof createSessionMachine>>();

/**
 * The session machine for a scenario, made once: the app makes it while the learner reads the
 * briefing (compiling a scenario takes some 20 ms), so Enter on the last page starts at once.
 */
export function sessionMachineFor(scenario: Scenario): ReturnType<typeof createSessionMachine> {
  let machine = prepared.get(scenario);
  if (!machine) {
    machine = createSessionMachine(scenario);
    prepared.set(scenario, machine);
  }
  return machine;
}

/**
 * The trainer's flow around one scenario: briefing, conversation, debrief, retry. The conversation
 * itself is the engine's compiled machine, invoked as a child, so the terminal runs exactly the
 * machine the browser runs.
 */
export function createSessionMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as SessionInput,
    },
    actors: { conversation: compileScenario(scenario) },
    guards: {
      coaching: ({ context }) => context.mode === 'coach',
      finished: ({ context }) => context.finished,
      briefed: ({ context }) => context.briefed,
    },
    actions: {
      beginAttempt: assign(({ context }) => ({
        startedAt: new Date().toISOString(),
        finished: false,
        attempt: context.attempt + 1,
        seed: context.attempt === 0 || context.fixedSeed ? context.seed : randomSeed(),
      })),
      markFinished: assign({ finished: true }),
      choose: sendTo('conversation', ({ event }) => ({
        type: 'CHOOSE' as const,
        option: event.type === 'option.chosen' ? event.option : '',
      })),
    },
  }).createMachine({
    id: 'session',
    initial: 'briefing',
    context: ({ input }) => ({
      mode: input.mode,
      startedAt: '',
      finished: false,
      attempt: 0,
      briefed: input.briefed ?? false,
      seed: input.seed ?? randomSeed(),
      fixedSeed: input.seed !== undefined,
    }),
    on: { 'session.quit': '.quit' },
    states: {
      briefing: {
        always: { guard: 'briefed', target: 'playing' },
        on: { 'briefing.start': 'playing' },
      },
      playing: {
        entry: 'beginAttempt',
        invoke: {
          id: 'conversation',
          src: 'conversation',
          input: ({ context }) => ({ seed: context.seed }),
          onDone: [
            { guard: 'coaching', actions: 'markFinished' },
            { target: '.debrief', actions: 'markFinished' },
          ],
        },
        initial: 'choosing',
        states: {
          choosing: {
            on: {
              'option.chosen': [
                { guard: 'coaching', target: 'feedback', actions: 'choose' },
                { actions: 'choose' },
              ],
            },
          },
          feedback: {
            on: {
              'turn.continue': [{ guard: 'finished', target: 'debrief' }, { target: 'choosing' }],
            },
          },
          // The debrief stays inside `playing`, so the finished conversation is still there to read.
          debrief: { on: { 'attempt.retry': { target: '#session.playing', reenter: true } } },
        },
      },
      quit: { type: 'final' },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
