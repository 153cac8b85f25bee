import { compileScenario, didYouMean, type Scenario, viewConversation } from '@rapport/engine';
import { createActor } from 'xstate';

export type ScriptedChoices =
  | {
      readonly ok: true;
      /** The option ids the choices stand for, in order. */
      readonly options: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * Turns `--choices 1,reflect-workload,2` into option ids. A number counts from 1 among the options
 * shown at that turn, in the order drawn from the seed; a name is an option id the turn's node
 * offers. What is offered can depend on the meters, so the conversation is played as it is read.
 */
export function scriptChoices(
  scenario: Scenario,
  choices: readonly (number | string)[],
  seed?: number,
): ScriptedChoices {
  const actor = createActor(compileScenario(scenario), {
    input: seed === undefined ? {} : { seed },
  }).start();
  const options: string[] = [];
  try {
    for (const [i, choice] of choices.entries()) {
      const view = viewConversation(scenario, actor.getSnapshot());
      if (view.kind === 'ending') {
        return {
          ok: false,
          error: `--choices has ${choices.length} choices, but the conversation ended after ${i}: drop ${choices.slice(i).join(',')}.`,
        };
      }
      const count = view.options.length;
      const where = `turn ${i + 1} (node ${view.node})`;
      let id: string;
      if (typeof choice === 'number') {
        const option = view.options[choice - 1];
        if (!Number.isInteger(choice) || !option) {
          return {
            ok: false,
            error: `--choices: choice ${i + 1} is ${choice}, but ${where} offers ${count} option${count === 1 ? '' : 's'} (${count === 1 ? '1' : `1-${count}`}).`,
          };
        }
        id = option.id;
      } else {
        const offered = view.options.map((option) => option.id);
        if (!offered.includes(choice)) {
          const near = didYouMean(choice, offered);
          return {
            ok: false,
            error: `--choices: choice ${i + 1} is "${choice}", but ${where} offers no option with that id${near ? ` (did you mean ${near}?)` : ''}; it offers ${offered.join(', ')}.`,
          };
        }
        id = choice;
      }
      options.push(id);
      actor.send({ type: 'CHOOSE', option: id });
    }
    return { ok: true, options };
  } finally {
    actor.stop();
  }
}
