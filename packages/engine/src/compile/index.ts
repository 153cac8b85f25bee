export {
  applyEffects,
  CHANGE_TALK_REFLECTION,
  FAMILY_EFFECTS,
  possibleTargets,
  resolveChoice,
  SUSTAIN_TALK_SIMPLE_REFLECTION,
  talkAt,
  talkEffect,
} from './choice.js';
export {
  type ConversationView,
  type PlayOptions,
  type PlayResult,
  playChoices,
  type TranscriptOptions,
  toTranscript,
  viewConversation,
} from './conversation.js';
export { conditionHolds, initialMeters, meterNames } from './meters.js';
export { MAX_SEED, optionPermutation, orderOptions, randomSeed } from './option-order.js';
export {
  type ChooseEvent,
  type CompileOptions,
  type ConversationContext,
  type ConversationEvent,
  type ConversationInput,
  type ConversationSnapshot,
  compileScenario,
  type IgnoredEvent,
  type ScenarioMachine,
  startNode,
  type TurnLog,
  turnsOf,
} from './scenario-machine.js';
export { availableOptions, stakeholderLine } from './view.js';
