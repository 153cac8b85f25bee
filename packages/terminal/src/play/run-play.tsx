import type { Scenario, ScenarioProblem, Transcript } from '@rapport/engine';
import { render, renderToString } from 'ink';
import type { ReactElement } from 'react';
import {
  EXIT_CHOICES,
  EXIT_FAILURE,
  EXIT_INTERRUPTED,
  EXIT_NOT_A_TERMINAL,
  EXIT_OK,
  EXIT_TRANSCRIPT,
  EXIT_USAGE,
} from '../cli/io.js';
import { printable } from '../cli/printable.js';
import {
  displayPath,
  listScenarios,
  type ResolvedScenario,
  resolveScenario,
} from '../library/index.js';
import { App, type AppResult } from './app.js';
import { ColourContext, colourWanted } from './parts/colour.js';
import { inert } from './parts/inert.js';
import { Prose } from './parts/prose.js';
import type { FinishedHandler } from './session.js';
import type { PlayMode } from './session-machine.js';
import { checkTranscriptPath, saveNewTranscript, writeTranscript } from './write-transcript.js';

export type PlayCommandOptions = {
  /** A scenario id or file; without it the learner picks from the library. */
  target?: string;
  assess: boolean;
  /** Own-words play: the learner types each reply. */
  ownWords?: boolean;
  /** Where to save each finished attempt as transcript JSON. */
  transcript?: string;
  /** Shown option numbers (from 1) or option ids to play without asking. */
  choices?: (number | string)[];
  /** The seed the options' order is drawn from; a fresh one per attempt without it. */
  seed?: number;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
};

/**
 * Exit codes (listed in `rapport play --help`): 0 done, 1 a scenario that does not load, 2 usage,
 * 3 not a terminal, 4 the transcript cannot be saved, 5 choices that do not fit, 130 Ctrl+C.
 * Everything that can be known before the conversation is checked before any of it is drawn: the
 * transcript's folder, and whether there is a terminal to ask in. The engine is imported only
 * where it is needed: an interactive `play <id>` draws the briefing of a scenario from the build's
 * catalog first, and loads the engine while the learner reads it.
 */
export async function runPlay(options: PlayCommandOptions): Promise<number> {
  const { stderr } = options;
  const mode: PlayMode = options.assess ? 'assess' : 'coach';
  if (options.target === undefined && options.choices) {
    stderr.write(
      'rapport play: --choices needs a scenario: rapport play <id|file> --choices 1,3,2\n',
    );
    return EXIT_USAGE;
  }
  if (options.ownWords && options.choices) {
    stderr.write(
      'rapport play: --own-words types each reply by hand, so it cannot go with --choices (which plays option ids or numbers)\n',
    );
    return EXIT_USAGE;
  }
  if (options.transcript !== undefined) {
    const problem = await checkTranscriptPath(options.transcript);
    if (problem) {
      stderr.write(`${printable(problem)}\n`);
      return EXIT_TRANSCRIPT;
    }
  }
  if (!options.choices) {
    const refusal = await notATerminal(options);
    if (refusal) {
      stderr.write(refusal);
      return EXIT_NOT_A_TERMINAL;
    }
  }
  if (options.target === undefined) return pickAndPlay(options, mode);
  const resolved = await loadPlayable(options.target);
  if (!resolved.ok) return reportProblems(stderr, resolved.problems);
  if (options.choices) return playScripted(options, mode, resolved.scenario);
  return playInteractive(options, mode, { scenario: resolved.scenario, ...seedProp(options) });
}

/**
 * Why the conversation cannot be played here, naming the stream that is not a terminal (keys are
 * read from stdin, screens drawn on stdout), with the way to play without one; undefined when both
 * are terminals.
 */
async function notATerminal(options: PlayCommandOptions): Promise<string | undefined> {
  const input = Boolean(options.stdin.isTTY);
  const output = Boolean(options.stdout.isTTY);
  if (input && output) return undefined;
  const why =
    !input && !output
      ? 'neither standard input nor standard output is a terminal, so there is no way to ask for choices or to draw the conversation'
      : !input
        ? 'standard input is not a terminal (it is a pipe or a file), so there is no way to ask for choices'
        : 'standard output is not a terminal (it goes to a pipe or a file), so there is nowhere to draw the conversation';
  const target = options.target;
  // node:crypto loads only here, not before an interactive play's first frame.
  const seed = options.seed ?? (await import('node:crypto')).randomInt(0, 2 ** 32);
  const how =
    target === undefined
      ? 'Name a scenario and give the choices in order instead (`rapport list` lists the scenarios):\n  rapport play <id> --choices 1,2,1\n'
      : `Give the choices in order instead, as option ids or as numbers counting from 1 among the options shown at each turn in the order of seed ${seed}:\n  rapport play ${printable(target)} --seed ${seed} --choices 1,2,1\n`;
  return `rapport play: ${why}.\n${how}`;
}

async function pickAndPlay(options: PlayCommandOptions, mode: PlayMode): Promise<number> {
  const { stderr } = options;
  const { entries, problems } = await listScenarios();
  if (entries.length === 0) {
    await reportProblems(stderr, problems);
    stderr.write('rapport play: no scenarios to play; name a scenario file: rapport play <file>\n');
    return EXIT_FAILURE;
  }
  const broken = new Set(problems.map((problem) => problem.file)).size;
  return playInteractive(options, mode, {
    entries,
    broken,
    load: loadPlayable,
    ...seedProp(options),
  });
}

async function playInteractive(
  options: PlayCommandOptions,
  mode: PlayMode,
  props: Omit<Parameters<typeof App>[0], 'mode' | 'result' | 'onFinished'>,
): Promise<number> {
  const { stdin, stdout, stderr } = options;
  const result: AppResult = { quit: false, problems: [] };
  const file = options.transcript;
  const writes: Promise<unknown>[] = [];
  const saved: string[] = [];
  const failures: string[] = [];
  let last: Transcript | undefined;
  // Each finished attempt is saved as its debrief opens, under a new name if the file is there
  // already (a retry never replaces the attempt before it); the debrief says where.
  const onFinished: FinishedHandler = (transcript) => {
    last = transcript;
    if (file === undefined) return undefined;
    const write = saveNewTranscript(file, transcript).then((outcome) => {
      if (!outcome.ok) {
        failures.push(outcome.error);
        return `Transcript not saved: ${outcome.reason}.`;
      }
      saved.push(outcome.file);
      return outcome.file === file
        ? `Transcript saved to ${file}`
        : `Transcript saved to ${outcome.file} (${file} was there already)`;
    });
    writes.push(write);
    return write;
  };
  const app = render(
    <ColourContext value={colourWanted()}>
      <App
        mode={mode}
        result={result}
        onFinished={onFinished}
        {...(options.ownWords ? { words: true } : {})}
        {...props}
      />
    </ColourContext>,
    // Ink draws at most 30 frames a second by default: a screen that changes within 33 ms of the
    // last is drawn on a timer, which waits behind whatever the process does meanwhile (the
    // session loading while the briefing is read), so a page turned quickly showed late. Screens
    // here change on keys, so each is drawn as soon as React has it.
    { stdin, stdout, stderr, exitOnCtrlC: true, patchConsole: false, maxFps: 1000 },
  );
  await app.waitUntilExit();
  await Promise.all(writes);
  for (const failure of failures) stderr.write(`${printable(failure)}\n`);
  if (result.problems.length > 0) return reportProblems(stderr, result.problems);
  if (!result.quit) return EXIT_INTERRUPTED;
  // wrapped at spaces, so a path or a word is never cut at the terminal's edge
  const leave = (line: string) =>
    stdout.write(
      `${renderToString(<Prose>{printable(line)}</Prose>, { columns: stdout.columns || 80 })}\n`,
    );
  if (last) leave(await resultLine(last, saved, file));
  if (result.midway) {
    const { title, turns } = result.midway;
    const played = turns === 1 ? '1 turn' : `${turns} turns`;
    leave(`${title}: left after ${played}, before an ending; that attempt was not saved.`);
  }
  return failures.length > 0 ? EXIT_TRANSCRIPT : EXIT_OK;
}

/**
 * The line left on screen after quitting: the last finished attempt's ending, its listening
 * ratio, and where it was saved, like
 * "Two roads: A shrug (stalemate) · listening ratio 0.50 · saved to attempt.json".
 */
export async function resultLine(
  transcript: Transcript,
  saved: readonly string[],
  file: string | undefined,
): Promise<string> {
  const { formatFigure, scoreTranscript } = await import('@rapport/engine');
  const { listeningRatio } = scoreTranscript(transcript);
  const ending = transcript.ending
    ? `${transcript.ending.title} (${transcript.ending.outcome})`
    : 'no ending reached';
  const where =
    saved.length > 0
      ? `${saved.length === 1 ? 'transcript' : 'transcripts'} saved to ${saved.join(', ')}`
      : file === undefined
        ? 'not saved (--transcript FILE keeps a record)'
        : 'transcript not saved';
  return `${transcript.scenario.title}: ${ending} · listening ratio ${formatFigure('listeningRatio', listeningRatio.value)} · ${where}`;
}

async function playScripted(
  options: PlayCommandOptions,
  mode: PlayMode,
  scenario: Scenario,
): Promise<number> {
  const { stdout, stderr } = options;
  const [
    { debriefTranscript, playChoices, randomSeed, viewConversation },
    { PlainPlaythrough },
    { scriptChoices },
  ] = await Promise.all([
    import('@rapport/engine'),
    import('./plain/plain-playthrough.js'),
    import('./script-choices.js'),
  ]);
  const seed = options.seed ?? randomSeed();
  const scripted = scriptChoices(scenario, options.choices ?? [], seed);
  if (!scripted.ok) {
    stderr.write(`rapport play: ${scripted.error}\n`);
    return EXIT_CHOICES;
  }
  const startedAt = new Date().toISOString();
  const { snapshot, transcript } = playChoices(scenario, scripted.options, {
    seed,
    mode,
    startedAt,
    finishedAt: new Date().toISOString(),
  });
  const debrief = debriefTranscript(scenario, transcript);
  stdout.write(
    plainText(
      <PlainPlaythrough
        scenario={inert(scenario)}
        mode={mode}
        transcript={inert(transcript)}
        snapshot={snapshot}
        debrief={inert(debrief)}
        columns={stdout.columns || 80}
      />,
      stdout,
    ),
  );
  if (options.transcript) {
    const written = await writeTranscript(options.transcript, transcript);
    if (!written.ok) {
      stderr.write(`${printable(written.error)}\n`);
      return EXIT_TRANSCRIPT;
    }
  }
  const view = viewConversation(scenario, snapshot);
  if (view.kind === 'node') {
    const next = transcript.turns.length + 1;
    const count = view.options.length;
    const range = count === 1 ? '1' : `1-${count}`;
    stderr.write(
      `rapport play: the choices ran out before the conversation ended; add a choice (${range}) for turn ${next} to go on.\n`,
    );
    return EXIT_CHOICES;
  }
  return EXIT_OK;
}

/**
 * The scenario, checked to compile as well as to load: a reference the loader missed must end in
 * a located message, never a stack trace. The build's catalog holds only scenarios that compile.
 */
async function loadPlayable(target: string): Promise<ResolvedScenario> {
  const resolved = await resolveScenario(target);
  if (!resolved.ok || resolved.built) return resolved;
  const { compileScenario } = await import('@rapport/engine');
  try {
    compileScenario(resolved.scenario);
    return resolved;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          reason: 'reference',
          severity: 'error',
          file: displayPath(resolved.file),
          line: 0,
          column: 0,
          path: [],
          message: `the scenario does not compile: ${message}`,
        },
      ],
    };
  }
}

function seedProp(options: PlayCommandOptions): { seed?: number } {
  return options.seed === undefined ? {} : { seed: options.seed };
}

function plainText(element: ReactElement, stdout: NodeJS.WriteStream): string {
  const coloured = <ColourContext value={colourWanted()}>{element}</ColourContext>;
  return `${renderToString(coloured, { columns: stdout.columns || 80 })}\n`;
}

async function reportProblems(
  stderr: NodeJS.WriteStream,
  problems: readonly ScenarioProblem[],
): Promise<number> {
  const { formatProblem } = await import('@rapport/engine');
  for (const problem of problems) stderr.write(`${formatProblem(problem)}\n`);
  return EXIT_FAILURE;
}
