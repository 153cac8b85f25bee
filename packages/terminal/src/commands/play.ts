import type { Command } from '../cli/command.js';
import { UsageError } from '../cli/usage-error.js';

export const play: Command = {
  name: 'play',
  summary: 'play a scenario in the terminal (without one, pick from the list)',
  synopsis: '[<id|file>] [--assess] [--transcript FILE] [--choices 1,3,2]',
  description: [
    'Plays a conversation: the briefing, then number keys or arrows and Enter to choose,',
    'then the debrief. Without a scenario, pick one from the library.',
    '',
    'Examples:',
    '  rapport play rollout-resistance',
    '  rapport play my-scenario.yaml --assess',
    '  rapport play rollout-resistance --choices 2,1,3 --transcript attempt.json',
  ].join('\n'),
  options: {
    assess: {
      type: 'boolean',
      help: 'Assessment mode: no meters or coaching until the debrief',
    },
    transcript: {
      type: 'string',
      value: 'FILE',
      help: 'save the finished conversation as transcript JSON',
    },
    choices: {
      type: 'string',
      value: '1,3,2',
      help: 'play these options in order (1 is the first offered), without asking',
    },
  },
  positionals: { min: 0, max: 1, name: 'scenario id or file' },
  async run(args) {
    const choices =
      args.values.choices === undefined ? undefined : parseChoices(args.values.choices);
    // Ink draws only the last frame when the CI variable is set, which would leave a person at a
    // real terminal looking at a blank screen; Ink reads it when loaded, so drop it first.
    if (process.stdin.isTTY && process.stdout.isTTY) delete process.env.CI;
    // Loaded only when playing, so the authoring commands never pay for Ink and React.
    const { runPlay } = await import('../play/index.js');
    const target = args.positionals[0];
    return runPlay({
      ...(target === undefined ? {} : { target }),
      assess: args.flags.assess === true,
      ...(args.values.transcript === undefined ? {} : { transcript: args.values.transcript }),
      ...(choices === undefined ? {} : { choices }),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  },
};

/** "1,3,2" as numbers; anything else is a usage error that shows the expected shape. */
export function parseChoices(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const numbers = parts.map((part) => (/^[1-9]\d*$/.test(part) ? Number(part) : Number.NaN));
  const bad = parts.find((_, index) => Number.isNaN(numbers[index]));
  if (bad !== undefined) {
    throw new UsageError(
      `--choices takes option numbers from 1, separated by commas, like 1,3,2; "${bad}" is not one`,
    );
  }
  return numbers;
}
