import type { Command } from '../cli/command.js';
import { check } from './check/index.js';
import { graph } from './graph/index.js';
import { list } from './list.js';
import { newScenario } from './new/index.js';
import { play } from './play.js';
import { schema } from './schema.js';

/** Every command, in the order `rapport --help` lists them. */
export const COMMANDS: readonly Command[] = [list, play, check, graph, schema, newScenario];
