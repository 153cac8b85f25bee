import { readFile, stat } from 'node:fs/promises';
import {
  type CodeResult,
  CoderWeightsError,
  coderFromJson,
  loadShippedCoder,
  type MoveCoder,
} from '@rapport/engine';
import type { ParsedArgs } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Io } from '../../cli/io.js';
import { printable } from '../../cli/printable.js';
import { parseCodeInput } from './input.js';

/** More than this is no list of replies: refuse it before reading it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Where `-` reads from; tests pass their own. */
export type ReadStdin = () => Promise<string>;

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new Error('standard input is over the 20 MB limit');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

async function readInput(
  file: string,
  readStdin: ReadStdin,
): Promise<{ text: string } | { error: string }> {
  if (file === '-') {
    try {
      return { text: await readStdin() };
    } catch (error) {
      return { error: ioMessage(error) };
    }
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { error: `${file}: is a folder, not a file` };
    if (info.size > MAX_INPUT_BYTES) return { error: `${file}: over the 20 MB limit` };
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    return { error: `${file}: ${ioMessage(error)}` };
  }
}

async function loadCoder(weights: string | undefined): Promise<MoveCoder> {
  if (weights === undefined) return loadShippedCoder();
  let text: string;
  try {
    text = await readFile(weights, 'utf8');
  } catch (error) {
    throw new CoderWeightsError(`coder weights ${weights} cannot be read: ${ioMessage(error)}`);
  }
  return coderFromJson(text, weights);
}

/** A reply as one line of the terminal: long pastes shortened, control characters made inert. */
function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return printable(flat.length > 72 ? `${flat.slice(0, 71)}…` : flat);
}

function textLine(result: CodeResult, text: string): string {
  const codes = result.codes.length > 0 ? result.codes.join(' + ') : '(no MITI code)';
  return `${result.move.padEnd(22)} ${result.confidence.toFixed(2)}  ${codes.padEnd(20)}  ${shown(text)}`;
}

/** `rapport code`: the body of the command, loaded when it runs. */
export async function runCode(
  args: ParsedArgs,
  io: Io,
  readStdin: ReadStdin = readProcessStdin,
): Promise<number> {
  const file = args.positionals[0] ?? '-';
  const json = args.flags.json === true;
  if (file === '-' && readStdin === readProcessStdin && process.stdin.isTTY) {
    io.err('rapport code: give a file of replies, or pipe them in: echo "..." | rapport code');
    return EXIT_USAGE;
  }
  let coder: MoveCoder;
  try {
    coder = await loadCoder(args.values.weights);
  } catch (error) {
    if (!(error instanceof CoderWeightsError)) throw error;
    io.err(`rapport code: ${error.message}`);
    return EXIT_FAILURE;
  }
  const input = await readInput(file, readStdin);
  if ('error' in input) {
    io.err(`rapport code: ${input.error}`);
    return EXIT_FAILURE;
  }
  const entries = parseCodeInput(input.text);
  if (entries.length === 0) {
    io.err('rapport code: no replies to code (the input is empty or only blank lines)');
    return EXIT_FAILURE;
  }
  let failed = false;
  for (const entry of entries) {
    if ('error' in entry) {
      failed = true;
      if (json) io.out(JSON.stringify({ line: entry.line, error: entry.error }));
      else io.err(`rapport code: line ${entry.line}: ${entry.error}`);
      continue;
    }
    const result = coder.code(entry.text, entry.context);
    if (json) {
      io.out(
        JSON.stringify({
          text: entry.text,
          move: result.move,
          family: result.family,
          codes: result.codes,
          confidence: Math.round(result.confidence * 1000) / 1000,
          alternatives: result.alternatives.map((a) => ({
            move: a.move,
            probability: Math.round(a.probability * 1000) / 1000,
          })),
          notes: result.notes,
        }),
      );
    } else {
      io.out(textLine(result, entry.text));
      for (const note of result.notes) io.out(`${' '.repeat(23)}note: ${note}`);
    }
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}
