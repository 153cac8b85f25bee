import { createActor } from 'xstate';
import type { Ending, Option, Scenario } from '../schema/index.js';
import type { Meters, Transcript, Turn } from '../transcript.js';
import { getNode } from './choice.js';
import {
  type CompileOptions,
  type ConversationInput,
  type ConversationSnapshot,
  compileScenario,
  type IgnoredEvent,
  type ScenarioMachine,
  turnsOf,
} from './scenario-machine.js';
import { availableOptions, stakeholderLine } from './view.js';

export type ConversationView =
  | {
      readonly kind: 'node';
      readonly node: string;
      /** What the stakeholder says now. */
      readonly line: string;
      readonly options: readonly Option[];
      /** Why this moment is non-negotiable, when it is. */
      readonly nonNegotiable: string | undefined;
      readonly meters: Meters;
      readonly turns: readonly Turn[];
    }
  | {
      readonly kind: 'ending';
      readonly ending: Ending & { readonly id: string };
      readonly meters: Meters;
      readonly turns: readonly Turn[];
    };

/** Where a conversation stands, in the terms a trainer shows. */
export function viewConversation(
  scenario: Scenario,
  snapshot: ConversationSnapshot,
): ConversationView {
  const at = String(snapshot.value);
  const { meters } = snapshot.context;
  const turns = turnsOf(snapshot.context);
  const ending = Object.hasOwn(scenario.endings, at) ? scenario.endings[at] : undefined;
  if (ending) return { kind: 'ending', ending: { ...ending, id: at }, meters, turns };
  return {
    kind: 'node',
    node: at,
    line: stakeholderLine(scenario, at, meters),
    options: availableOptions(scenario, at, meters, snapshot.context.seed),
    nonNegotiable: getNode(scenario, at)?.nonNegotiable,
    meters,
    turns,
  };
}

export type TranscriptOptions = {
  readonly mode?: 'coach' | 'assess';
  readonly startedAt?: string;
  readonly finishedAt?: string;
};

/** The record of a conversation, complete enough to be scored again without the scenario. */
export function toTranscript(
  scenario: Scenario,
  snapshot: ConversationSnapshot,
  options: TranscriptOptions = {},
): Transcript {
  const view = viewConversation(scenario, snapshot);
  const transcript: Transcript = {
    version: 1,
    scenario: { id: scenario.id, title: scenario.title },
    mode: options.mode ?? 'coach',
    start: snapshot.context.start,
    bands: { fair: scenario.bands.fair, good: scenario.bands.good },
    threshold: scenario.reactance.threshold,
    turns: [...turnsOf(snapshot.context)],
    ending:
      view.kind === 'ending'
        ? {
            id: view.ending.id,
            outcome: view.ending.outcome,
            title: view.ending.title,
            text: view.ending.text,
          }
        : null,
  };
  if (snapshot.context.seed !== undefined) transcript.seed = snapshot.context.seed;
  if (scenario.omit.length > 0) transcript.omit = [...scenario.omit];
  if (options.startedAt) transcript.startedAt = options.startedAt;
  if (options.finishedAt) transcript.finishedAt = options.finishedAt;
  return transcript;
}

export type PlayResult = {
  readonly snapshot: ConversationSnapshot;
  readonly transcript: Transcript;
  /** Choices that could not be made (unknown, unavailable, or after the end). */
  readonly ignored: readonly IgnoredEvent[];
};

export type PlayOptions = CompileOptions & ConversationInput & TranscriptOptions;

/**
 * Plays option ids in order from the start: golden transcripts, `--choices`, what-if replay and
 * the coach's step back all replay a conversation this way, so it is exactly reproducible.
 */
export function playChoices(
  scenario: Scenario,
  choices: readonly string[],
  options: PlayOptions = {},
  machine: ScenarioMachine = compileScenario(scenario, options),
): PlayResult {
  const input =
    options.seed === undefined
      ? { meters: options.meters ?? {} }
      : { meters: options.meters ?? {}, seed: options.seed };
  const actor = createActor(machine, { input }).start();
  const afterEnd: IgnoredEvent[] = [];
  for (const option of choices) {
    const snapshot = actor.getSnapshot();
    if (snapshot.status !== 'active') {
      afterEnd.push({ node: String(snapshot.value), option, reason: 'after-end' });
      continue;
    }
    actor.send({ type: 'CHOOSE', option });
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return {
    snapshot,
    transcript: toTranscript(scenario, snapshot, options),
    ignored: [...snapshot.context.ignored, ...afterEnd],
  };
}
