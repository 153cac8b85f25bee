import { scenarioJsonSchema } from '@rapport/engine';
import type { ParsedArgs } from '../cli/command.js';
import { EXIT_OK, type Io } from '../cli/io.js';

/** `rapport schema`: the body of the command, loaded when it runs. */
export async function runSchema(_args: ParsedArgs, io: Io): Promise<number> {
  io.out(JSON.stringify(scenarioJsonSchema(), null, 2));
  return EXIT_OK;
}
