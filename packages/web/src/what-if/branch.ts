import {
  type ConversationView,
  type Option,
  playChoices,
  type Scenario,
  type Transcript,
  type Turn,
  viewConversation,
} from '@rapport/engine';

/** The options that were on offer at a turn other than the one taken, as the scenario has them. */
export function alternativesAt(scenario: Scenario, turn: Turn): readonly Option[] {
  const node = Object.hasOwn(scenario.nodes, turn.node) ? scenario.nodes[turn.node] : undefined;
  if (!node) return [];
  return turn.available
    .filter((id) => id !== turn.option)
    .map((id) => node.options.find((option) => option.id === id))
    .filter((option): option is Option => option !== undefined);
}

export type Branch = { readonly transcript: Transcript; readonly view: ConversationView };

/**
 * Replays the original choices up to a turn, then the learner's other choices: deterministic, so
 * the shared beginning is exactly the conversation they had.
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
  });
  return { transcript: result.transcript, view: viewConversation(scenario, result.snapshot) };
}
