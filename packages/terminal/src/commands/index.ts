import type { Command } from '../cli/command.js';
import { check } from './check/index.js';
import { code } from './code/index.js';
import { graph } from './graph/index.js';
import { list } from './list.js';
import { newScenario } from './new/index.js';
import { play } from './play.js';
import { room } from './room/index.js';
import { schema } from './schema.js';

/**
 * Every command, in the order `rapport --help` lists them. Each file here holds only what help
 * and argument parsing need; a command's run() imports its body, so the bin (split into chunks by
 * scripts/build.mjs) parses only the code of the command it runs.
 */
export const COMMANDS: readonly Command[] = [
  list,
  play,
  check,
  code,
  graph,
  schema,
  newScenario,
  room,
];
