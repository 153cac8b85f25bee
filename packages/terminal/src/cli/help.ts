import type { Command, OptionSpec } from './command.js';

export function usageLine(command: Command): string {
  return `Usage: rapport ${command.name}${command.synopsis ? ` ${command.synopsis}` : ''}`;
}

/** `rapport <command> --help`: usage, what it does, its options. */
export function commandHelp(command: Command): string[] {
  const rows: [string, string][] = Object.entries(command.options).map(([name, spec]) => [
    optionLabel(name, spec),
    spec.help,
  ]);
  rows.push(['-h, --help', 'show this help']);
  const exits = command.exitCodes ?? [];
  return [
    usageLine(command),
    '',
    ...command.description.split('\n'),
    '',
    'Options:',
    ...table(rows),
    ...(exits.length > 0
      ? ['', 'Exit status:', ...table(exits.map(([code, meaning]) => [String(code), meaning]))]
      : []),
  ];
}

/** `rapport --help`: every command, one line each. */
export function mainHelp(commands: readonly Command[]): string[] {
  return [
    'Usage: rapport <command> [options]',
    '',
    'Practise conversations that decide whether technology is adopted, and write your own.',
    '',
    'Commands:',
    ...table(commands.map((command) => [command.name, command.summary])),
    '',
    'Run "rapport <command> --help" for its arguments and options.',
    '',
    'Options:',
    ...table([
      ['-h, --help', 'show this help; after a command, that command’s help'],
      ['-v, --version', 'show the version'],
    ]),
    '',
    'Scenarios are read from the repository’s scenarios/ folder, or from RAPPORT_SCENARIOS.',
    'Exit status: 0 done, 1 a scenario with errors, 2 usage, 70 a bug in rapport; "rapport play',
    '--help" lists the trainer’s own.',
  ];
}

function optionLabel(name: string, spec: OptionSpec): string {
  if (spec.type === 'string') return `--${name} ${spec.value}`;
  return spec.short ? `-${spec.short}, --${name}` : `--${name}`;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
