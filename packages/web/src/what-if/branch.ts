import {
  type ConversationView,
  type Option,
  orderOptions,
  playChoices,
  type Scenario,
  type Transcript,
  type Turn,
  viewConversation,
} from '@rapport/engine';

/**
 * The options that were on offer at a turn other than the one taken, in the order the attempt
 * showed them (its seed), so the what-if numbers them as the learner saw them.
 */
export function alternativesAt(
  scenario: Scenario,
  turn: Turn,
  seed: number | undefined,
): readonly Option[] {
  const node = Object.hasOwn(scenario.nodes, turn.node) ? scenario.nodes[turn.node] : undefined;
  if (!node) return [];
  const offered = new Set(turn.available);
  return orderOptions(
    node,
    turn.node,
    seed,
    (option) => offered.has(option.id) && option.id !== turn.option,
  );
}

export type Branch = { readonly transcript: Transcript; readonly view: ConversationView };

/**
 * Replays the original choices up to a turn, then the learner's other choices, with the original
 * seed: deterministic, so the shared beginning is exactly the conversation they had and the
 * options keep the order the attempt showed.
 */
export function playBranch(
  scenario: Scenario,
  original: Transcript,
  fromTurn: number,
  choices: readonly string[],
): Branch {
  const shared = original.turns.slice(0, fromTurn).map((turn) => turn.option);
  const result = playChoices(scenario, [...shared, ...choices], {
    start: original.start.node,
    meters: original.start.meters,
    mode: original.mode,
    seed: original.seed,
  });
  return { transcript: result.transcript, view: viewConversation(scenario, result.snapshot) };
}
