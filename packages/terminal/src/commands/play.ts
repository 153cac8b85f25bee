import type { Command } from '../cli/command.js';
import {
  EXIT_CHOICES,
  EXIT_FAILURE,
  EXIT_INTERNAL,
  EXIT_INTERRUPTED,
  EXIT_NOT_A_TERMINAL,
  EXIT_OK,
  EXIT_TRANSCRIPT,
  EXIT_USAGE,
} from '../cli/io.js';
import { UsageError } from '../cli/usage-error.js';

export const play: Command = {
  name: 'play',
  summary: 'play a scenario in the terminal (without one, pick from the list)',
  synopsis: '[<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]',
  description: [
    'Plays a conversation: the briefing, then number keys or arrows and Enter to choose,',
    'then the debrief. Without a scenario, pick one from the library.',
    '',
    'Examples:',
    '  rapport play rollout-resistance',
    '  rapport play my-scenario.yaml --assess',
    '  rapport play rollout-resistance --own-words',
    '  rapport play rollout-resistance --seed 1234 --choices 2,1,3 --transcript attempt.json',
    '  rapport play rollout-resistance --choices reflect-workload,ask-permission,2',
  ].join('\n'),
  options: {
    assess: {
      type: 'boolean',
      help: 'Assessment mode: no meters or coaching until the debrief',
    },
    'own-words': {
      type: 'boolean',
      help: 'type each reply in your own words (w on the briefing does the same); a coder on this machine reads its move',
    },
    transcript: {
      type: 'string',
      value: 'FILE',
      help: 'save each finished attempt as transcript JSON; played here, a file already there is kept and the attempt goes to FILE-2, FILE-3...; with --choices, FILE is replaced',
    },
    seed: {
      type: 'string',
      value: 'N',
      help: 'show the options in the order drawn from seed N (a whole number, 0 to 4294967295)',
    },
    choices: {
      type: 'string',
      value: '1,3,2',
      help: 'play these options in order, without asking: numbers as shown (1 is the first) or option ids',
    },
  },
  positionals: { min: 0, max: 1, name: 'scenario id or file' },
  exitCodes: [
    [EXIT_OK, 'done: the conversation was played (or quit with q)'],
    [EXIT_FAILURE, 'the scenario file does not load, or there are no scenarios to pick from'],
    [
      EXIT_USAGE,
      'usage: an unknown option, a malformed --seed or --choices, --choices without a scenario or with --own-words',
    ],
    [
      EXIT_NOT_A_TERMINAL,
      'not a terminal: stdin or stdout is a pipe or a file, and no --choices were given',
    ],
    [
      EXIT_TRANSCRIPT,
      'the --transcript file cannot be saved (checked before the conversation starts)',
    ],
    [EXIT_CHOICES, 'the --choices do not fit the conversation: too few, too many, or not offered'],
    [EXIT_INTERNAL, 'a bug in rapport (RAPPORT_DEBUG=1 shows where)'],
    [EXIT_INTERRUPTED, 'interrupted with Ctrl+C'],
  ],
  async run(args) {
    const choices =
      args.values.choices === undefined ? undefined : parseChoices(args.values.choices);
    const seed = args.values.seed === undefined ? undefined : parseSeed(args.values.seed);
    // Ink draws only the last frame when CI or CONTINUOUS_INTEGRATION is set, which would leave a
    // person at a real terminal looking at a blank screen; Ink reads them when loaded, so drop them
    // first.
    if (process.stdin.isTTY && process.stdout.isTTY) {
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
    }
    // Loaded only when playing, so the authoring commands never pay for Ink and React.
    const { runPlay } = await import('../play/index.js');
    const target = args.positionals[0];
    return runPlay({
      ...(target === undefined ? {} : { target }),
      assess: args.flags.assess === true,
      ownWords: args.flags['own-words'] === true,
      ...(args.values.transcript === undefined ? {} : { transcript: args.values.transcript }),
      ...(choices === undefined ? {} : { choices }),
      ...(seed === undefined ? {} : { seed }),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  },
};

/**
 * "1,3,2" or "reflect-workload,2": each choice is a shown number (from 1) or an option id; anything
 * else is a usage error that shows the expected shape.
 */
export function parseChoices(text: string): (number | string)[] {
  const parts = text.split(',').map((part) => part.trim());
  const bad = parts.find((part) => !/^[1-9]\d*$/.test(part) && !/^[A-Za-z_][\w.-]*$/.test(part));
  if (bad !== undefined) {
    throw new UsageError(
      `--choices takes option numbers from 1 or option ids, separated by commas, like 1,3,2; "${bad}" is neither`,
    );
  }
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The largest seed, as the engine's option order takes it (an unsigned 32-bit integer). */
const MAX_SEED = 4294967295;

/** "1234" as a seed; anything but a whole number from 0 to 4294967295 is a usage error. */
export function parseSeed(text: string): number {
  const seed = /^\d{1,10}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) {
    throw new UsageError(
      `--seed takes a whole number from 0 to ${MAX_SEED}, like --seed 1234; "${text}" is not one`,
    );
  }
  return seed;
}
