import { COMMANDS } from '../commands/index.js';
import type { Command } from './command.js';
import { commandHelp, mainHelp, usageLine } from './help.js';
import { EXIT_OK, EXIT_USAGE, type Io } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { printable } from './printable.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

/**
 * The whole `rapport` command: argv without node and the script, output through io, the exit
 * status as the result. Tests call it in-process; src/cli.ts wires it to the real process.
 */
export async function run(argv: readonly string[], output: Io): Promise<number> {
  const io: Io = {
    out: (line) => output.out(printable(line)),
    err: (line) => output.err(printable(line)),
  };
  const [name, ...rest] = argv;
  if (name === 'help' && rest[0] !== undefined) return run([rest[0], '--help'], output);
  if (name === '--help' || name === '-h' || name === 'help') {
    for (const line of mainHelp(COMMANDS)) io.out(line);
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`rapport ${VERSION}`);
    return EXIT_OK;
  }
  if (name === undefined) {
    io.err('rapport: missing command');
    return mainUsage(io);
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    // The engine is loaded only for a mistyped command: a command that runs never waits for it.
    const { didYouMean } = await import('@rapport/engine');
    const near = didYouMean(
      name,
      COMMANDS.map((candidate) => candidate.name),
    );
    const what = name.startsWith('-') ? 'option' : 'command';
    io.err(`rapport: unknown ${what} "${name}"${near ? ` (did you mean "${near}"?)` : ''}`);
    return mainUsage(io);
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = await parseCommandArgs(command, argv);
    if (args === 'help') {
      for (const line of commandHelp(command)) io.out(line);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`rapport ${command.name}: ${error.message}`);
    io.err(usageLine(command));
    io.err(`Run "rapport ${command.name} --help" for more.`);
    return EXIT_USAGE;
  }
}

function mainUsage(io: Io): number {
  io.err('Usage: rapport <command> [options]');
  io.err(
    `Commands: ${COMMANDS.map((command) => command.name).join(', ')}. Run "rapport --help" for more.`,
  );
  return EXIT_USAGE;
}
