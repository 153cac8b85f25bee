import { assign, type SnapshotFrom, type StateNodeConfig, setup } from 'xstate';
import type { Scenario } from '../schema/index.js';
import type { Meters, Turn } from '../transcript.js';
import { findOption, getNode, possibleTargets } from './choice.js';
import { initialMeters } from './meters.js';
import { createChoiceResolver } from './resolver.js';
import { availableOptions, stakeholderLine } from './view.js';

export type ChooseEvent = { readonly type: 'CHOOSE'; readonly option: string };
export type ConversationEvent = ChooseEvent;

/** An event the conversation could not act on: reported in the context, never a crash. */
export type IgnoredEvent = {
  readonly node: string;
  readonly option: string;
  readonly reason: 'unknown-option' | 'unavailable-option' | 'after-end';
};

export type ConversationContext = {
  readonly meters: Meters;
  readonly turns: readonly Turn[];
  readonly ignored: readonly IgnoredEvent[];
  readonly start: { readonly node: string; readonly meters: Meters };
};

export type ConversationInput = {
  /** Meter values to start from instead of the scenario's own (the facilitator's preview). */
  readonly meters?: Readonly<Meters>;
};

export type CompileOptions = {
  /** The node to start at instead of the scenario's start (the facilitator's preview). */
  readonly start?: string;
  /**
   * False leaves `context.turns` empty: the analysis walks thousands of states and needs only
   * where each choice leads and the meters, not the record of the conversation.
   */
  readonly recordTurns?: boolean;
};

export function startNode(scenario: Scenario, options: CompileOptions = {}): string {
  return options.start ?? scenario.start ?? Object.keys(scenario.nodes)[0] ?? '';
}

/**
 * One scenario becomes one XState machine: nodes are states, endings are final states, a choice
 * is a CHOOSE event, meter conditions are guards and effects are assign actions.
 */
export function compileScenario(scenario: Scenario, options: CompileOptions = {}) {
  const initial = startNode(scenario, options);
  if (!getNode(scenario, initial)) {
    throw new RangeError(`Cannot start at "${initial}": the scenario has no such node.`);
  }

  const resolve = createChoiceResolver(scenario);
  const base = setup({
    types: {
      context: {} as ConversationContext,
      events: {} as ConversationEvent,
      input: {} as ConversationInput | undefined,
    },
    guards: {
      /** The chosen option is this one, is offered now, and leads to this target. */
      leadsTo: ({ context, event }, params: { node: string; option: string; target: string }) => {
        if (event.option !== params.option) return false;
        return resolve(params.node, params.option, context.meters)?.target === params.target;
      },
    },
    actions: {
      applyChoice: assign(({ context, event }, params: { node: string }) => {
        const node = getNode(scenario, params.node);
        const option = findOption(scenario, params.node, event.option);
        if (!node || !option) return {};
        const outcome = resolve(params.node, option.id, context.meters);
        if (!outcome) return {};
        if (options.recordTurns === false) return { meters: outcome.after };
        const turn: Turn = {
          index: context.turns.length,
          node: params.node,
          line: stakeholderLine(scenario, params.node, context.meters),
          option: option.id,
          text: option.text,
          move: option.move,
          family: outcome.family,
          nonNegotiable: node.nonNegotiable !== undefined,
          coach: option.coach,
          before: context.meters,
          after: outcome.after,
          reactance: outcome.reactance,
          available: availableOptions(scenario, params.node, context.meters).map((o) => o.id),
        };
        return { meters: outcome.after, turns: [...context.turns, turn] };
      }),
      reportIgnored: assign(({ context, event }, params: { node: string }) => {
        const known = findOption(scenario, params.node, event.option) !== undefined;
        const ignored: IgnoredEvent = {
          node: params.node,
          option: String(event.option),
          reason: known ? 'unavailable-option' : 'unknown-option',
        };
        return { ignored: [...context.ignored, ignored] };
      }),
    },
  });

  type NodeConfig = StateNodeConfig<
    ConversationContext,
    ConversationEvent,
    never,
    never,
    never,
    never,
    never,
    never,
    never,
    never
  >;
  const states: Record<string, NodeConfig> = {};
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const transitions = node.options.flatMap((option) =>
      possibleTargets(scenario, option).map((target) => ({
        target,
        guard: { type: 'leadsTo' as const, params: { node: nodeId, option: option.id, target } },
        actions: { type: 'applyChoice' as const, params: { node: nodeId } },
      })),
    );
    states[nodeId] = {
      description: node.says,
      on: {
        CHOOSE: [
          ...transitions,
          { actions: { type: 'reportIgnored' as const, params: { node: nodeId } } },
        ],
      },
    } as NodeConfig;
  }
  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    states[endingId] = { type: 'final', description: ending.title } as NodeConfig;
  }

  return base.createMachine({
    id: scenario.id,
    initial,
    context: ({ input }) => {
      const meters = initialMeters(scenario, input?.meters);
      return { meters, turns: [], ignored: [], start: { node: initial, meters } };
    },
    // biome-ignore lint/suspicious/noExplicitAny: the states are built from data; their types are checked above.
    states: states as any,
  });
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;
export type ConversationSnapshot = SnapshotFrom<ScenarioMachine>;
