import { assign, type SnapshotFrom, type StateNodeConfig, setup } from 'xstate';
import { codesOf } from '../moves.js';
import type { Scenario } from '../schema/index.js';
import type { Meters, Turn } from '../transcript.js';
import { type ChoiceOutcome, findOption, getNode, possibleTargets } from './choice.js';
import { initialMeters } from './meters.js';
import { type ChoicePlan, createChoiceResolver } from './resolver.js';
import { type CompiledNodeView, compileNodeView } from './view.js';

export type ChooseEvent = { readonly type: 'CHOOSE'; readonly option: string };
export type ConversationEvent = ChooseEvent;

/** An event the conversation could not act on: reported in the context, never a crash. */
export type IgnoredEvent = {
  readonly node: string;
  readonly option: string;
  readonly reason: 'unknown-option' | 'unavailable-option' | 'after-end';
};

/**
 * The turns so far, newest first: each choice adds one link without copying the ones before, so a
 * long conversation costs the same per turn as a short one. `turnsOf` gives them as a list.
 */
export type TurnLog = {
  readonly previous: TurnLog | null;
  readonly count: number;
  /** The choice made, the meters it was made with and what it did: a `Turn` when `turnsOf` asks. */
  readonly plan: ChoicePlan;
  readonly view: CompiledNodeView;
  readonly before: Meters;
  readonly outcome: ChoiceOutcome;
};

export type ConversationContext = {
  readonly meters: Meters;
  readonly turns: TurnLog | null;
  readonly ignored: readonly IgnoredEvent[];
  readonly start: { readonly node: string; readonly meters: Meters };
  /** The seed the options' order is drawn from; file order when undefined. */
  readonly seed: number | undefined;
};

export type ConversationInput = {
  /** Meter values to start from instead of the scenario's own (the facilitator's preview). */
  readonly meters?: Readonly<Meters>;
  /** The seed the options' order is drawn from (see option-order.ts); file order without one. */
  readonly seed?: number;
};

export type CompileOptions = {
  /** The node to start at instead of the scenario's start (the facilitator's preview). */
  readonly start?: string;
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

  const resolver = createChoiceResolver(scenario);
  const views = new Map<string, CompiledNodeView>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    views.set(nodeId, compileNodeView(node));
  }
  /** Per plan, what its turn records about the node. */
  const nodeViews = resolver.plans.map((plan) => views.get(plan.nodeId) as CompiledNodeView);
  const base = setup({
    types: {
      context: {} as ConversationContext,
      events: {} as ConversationEvent,
      input: {} as ConversationInput | undefined,
    },
    guards: {
      /** The chosen option is this one, is offered now, and leads to this target. */
      leadsTo: ({ context, event }, params: { option: string; plan: number; target: string }) =>
        event.option === params.option &&
        resolver.outcome(params.plan, context.meters)?.target === params.target,
    },
    actions: {
      applyChoice: assign(({ context }, params: { plan: number }) => {
        const plan = resolver.plans[params.plan];
        const view = nodeViews[params.plan];
        const outcome = resolver.outcome(params.plan, context.meters);
        if (!plan || !view || !outcome) return {};
        // Only what the turn needs is kept here; the turn itself is made when it is read, because
        // replays and the analysis make thousands of choices and read few of the turns.
        const link: TurnLog = {
          previous: context.turns,
          count: (context.turns?.count ?? 0) + 1,
          plan,
          view,
          before: context.meters,
          outcome,
        };
        return { meters: outcome.after, turns: link };
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
    const transitions = node.options.flatMap((option) => {
      const plan = resolver.planIndex(nodeId, option.id);
      return possibleTargets(scenario, option).map((target) => ({
        target,
        guard: { type: 'leadsTo' as const, params: { option: option.id, plan, target } },
        actions: { type: 'applyChoice' as const, params: { plan } },
      }));
    });
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
      const seed = input?.seed === undefined ? undefined : input.seed >>> 0;
      return { meters, turns: null, ignored: [], start: { node: initial, meters }, seed };
    },
    // biome-ignore lint/suspicious/noExplicitAny: the states are built from data; their types are checked above.
    states: states as any,
  });
}

const madeTurns = new WeakMap<TurnLog, Turn>();
const turnLists = new WeakMap<TurnLog, readonly Turn[]>();

function turnOf(link: TurnLog): Turn {
  let turn = madeTurns.get(link);
  if (!turn) {
    const { plan, view, before, outcome } = link;
    turn = {
      index: link.count - 1,
      node: plan.nodeId,
      line: view.line(before),
      option: plan.option.id,
      text: plan.option.text,
      move: plan.option.move,
      codes: [...codesOf(plan.option)],
      talk: plan.talk(before),
      family: outcome.family,
      nonNegotiable: plan.node.nonNegotiable !== undefined,
      coach: plan.option.coach,
      before,
      after: outcome.after,
      reactance: outcome.reactance,
      available: view.offered(before),
    };
    madeTurns.set(link, turn);
  }
  return turn;
}

/** The turns of a conversation in the order they were taken; the same list each time it is asked. */
export function turnsOf(context: Pick<ConversationContext, 'turns'>): readonly Turn[] {
  const log = context.turns;
  if (!log) return [];
  let list = turnLists.get(log);
  if (!list) {
    const turns: Turn[] = new Array(log.count);
    for (let link: TurnLog | null = log; link; link = link.previous) {
      turns[link.count - 1] = turnOf(link);
    }
    list = turns;
    turnLists.set(log, list);
  }
  return list;
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;
export type ConversationSnapshot = SnapshotFrom<ScenarioMachine>;
