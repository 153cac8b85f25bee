import { parseArgs } from 'node:util';
import type { Command, ParsedArgs } from './command.js';
import { UsageError } from './usage-error.js';

/**
 * Checks argv against the command's options with node:util's parseArgs. Parsing is lenient and
 * every token is checked here, so each mistake gets one plain sentence instead of Node's own.
 */
export async function parseCommandArgs(
  command: Command,
  argv: readonly string[],
): Promise<ParsedArgs | 'help'> {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] =
      spec.type === 'boolean' && spec.short
        ? { type: 'boolean', short: spec.short }
        : { type: spec.type };
  }
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const flags: Record<string, boolean> = {};
  const values: Record<string, string> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return 'help';
    const spec = command.options[token.name];
    if (!spec) {
      // The engine is loaded only for a mistyped option: a command that runs never waits for it.
      const { didYouMean } = await import('@rapport/engine');
      const near = didYouMean(token.name, Object.keys(command.options));
      const hint = near ? ` (did you mean --${near}?)` : '';
      throw new UsageError(`unknown option ${token.rawName}${hint}`);
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value`);
      flags[token.name] = true;
    } else {
      // parseArgs in lenient mode leaves the value out when the option is last on the line.
      // It also takes the next option as the value: `--transcript --assess` is a missing value.
      const value = token.value;
      const negative = /^-\d/.test(value ?? '');
      if (
        value === undefined ||
        value === '' ||
        (!token.inlineValue && !negative && value.startsWith('-'))
      ) {
        throw new UsageError(`--${token.name} needs a value: --${token.name} ${spec.value}`);
      }
      values[token.name] = value;
    }
  }
  const { min, max, name } = command.positionals;
  if (positionals.length < min) throw new UsageError(`missing ${name}`);
  if (max !== undefined && positionals.length > max) {
    const extra = positionals[max] ?? '';
    throw new UsageError(
      max === 0
        ? `unexpected argument "${extra}"`
        : `too many arguments: expected ${max === 1 ? `one ${name}` : `${max}`}, got "${extra}" too`,
    );
  }
  return { positionals, flags, values };
}
