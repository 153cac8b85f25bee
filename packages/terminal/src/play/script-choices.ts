import { compileScenario, type Scenario, viewConversation } from '@rapport/engine';
import { createActor } from 'xstate';

export type ScriptedChoices =
  | {
      readonly ok: true;
      /** The option ids the numbers stand for, in order. */
      readonly options: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * Turns `--choices 1,3,2` into option ids: each number counts from 1 among the options offered at
 * that turn, which can depend on the meters, so the conversation is played as the numbers are read.
 */
export function scriptChoices(scenario: Scenario, numbers: readonly number[]): ScriptedChoices {
  const actor = createActor(compileScenario(scenario), { input: {} }).start();
  const options: string[] = [];
  try {
    for (const [i, number] of numbers.entries()) {
      const view = viewConversation(scenario, actor.getSnapshot());
      if (view.kind === 'ending') {
        return {
          ok: false,
          error: `--choices has ${numbers.length} choices, but the conversation ended after ${i}: drop ${numbers.slice(i).join(',')}.`,
        };
      }
      const option = view.options[number - 1];
      if (!Number.isInteger(number) || !option) {
        const count = view.options.length;
        return {
          ok: false,
          error: `--choices: choice ${i + 1} is ${number}, but turn ${i + 1} offers ${count} option${count === 1 ? '' : 's'} (${count === 1 ? '1' : `1-${count}`}).`,
        };
      }
      options.push(option.id);
      actor.send({ type: 'CHOOSE', option: option.id });
    }
    return { ok: true, options };
  } finally {
    actor.stop();
  }
}
