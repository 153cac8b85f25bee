import type { Io } from './io.js';

/** How an option is written on the command line; `value` names what a string option takes. */
export type OptionSpec =
  | { readonly type: 'boolean'; readonly short?: string; readonly help: string }
  | { readonly type: 'string'; readonly value: string; readonly help: string };

/** What a command received, after the arguments were checked against its specs. */
export type ParsedArgs = {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, boolean>>;
  readonly values: Readonly<Record<string, string>>;
};

export type Command = {
  readonly name: string;
  /** One line for `rapport --help`. */
  readonly summary: string;
  /** The arguments after the command name, like `<file|dir>... [--json]`. */
  readonly synopsis: string;
  /** Paragraphs after the usage line in `rapport <command> --help`. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The fewest and most positional arguments; max undefined means any number. */
  readonly positionals: { readonly min: number; readonly max?: number; readonly name: string };
  /** Each exit status the command can end with and what it means, for its help. */
  readonly exitCodes?: readonly (readonly [number, string])[];
  readonly run: (args: ParsedArgs, io: Io) => Promise<number>;
};
