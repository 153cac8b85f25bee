import type { Command } from '../cli/command.js';
import { graph } from './graph/index.js';
import { list } from './list.js';
import { newScenario } from './new/index.js';

/** Every command, in the order `rapport --help` lists them. */
export const COMMANDS: readonly Command[] = [list, graph, newScenario];
