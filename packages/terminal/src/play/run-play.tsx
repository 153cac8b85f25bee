import type { Scenario, ScenarioProblem, Transcript } from '@rapport/engine';
import { render, renderToString } from 'ink';
import type { ReactElement } from 'react';
import {
  displayPath,
  listScenarios,
  type ResolvedScenario,
  resolveScenario,
} from '../library/index.js';
import { App, type AppResult } from './app.js';
import { ColourContext, colourWanted } from './parts/colour.js';
import { inert } from './parts/inert.js';
import type { PlayMode } from './session-machine.js';
import { writeTranscript } from './write-transcript.js';

export type PlayCommandOptions = {
  /** A scenario id or file; without it the learner picks from the library. */
  target?: string;
  assess: boolean;
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
 * Exit codes: 0 done, 1 a scenario that does not load or choices that ran out, 2 usage, 130 Ctrl+C.
 * The engine is imported only where it is needed: an interactive `play <id>` draws the briefing of
 * a scenario from the build's catalog first, and loads the engine while the learner reads it.
 */
export async function runPlay(options: PlayCommandOptions): Promise<number> {
  const { stdout, stderr } = options;
  const mode: PlayMode = options.assess ? 'assess' : 'coach';
  const interactive = Boolean(options.stdin.isTTY && stdout.isTTY) && !options.choices;
  if (options.target === undefined) {
    if (options.choices) {
      stderr.write(
        'rapport play: --choices needs a scenario: rapport play <id|file> --choices 1,3,2\n',
      );
      return 2;
    }
    return pickAndPlay(options, mode, interactive);
  }
  const resolved = await loadPlayable(options.target);
  if (!resolved.ok) return reportProblems(stderr, resolved.problems);
  const { scenario } = resolved;
  if (options.choices) return playScripted(options, mode, resolved.scenario);
  if (!interactive) {
    const [{ PlainStart }, { randomSeed }] = await Promise.all([
      import('./plain/plain-start.js'),
      import('@rapport/engine'),
    ]);
    const seed = options.seed ?? randomSeed();
    stdout.write(
      plainText(<PlainStart scenario={inert(scenario)} mode={mode} seed={seed} />, stdout),
    );
    stderr.write(
      `rapport play: this is not an interactive terminal, so there is no way to ask for choices.\nGive them in order instead, as option ids or as numbers counting from 1 among the options shown at each turn in the order of seed ${seed}:\n  rapport play ${options.target} --seed ${seed} --choices 1,2,1\n`,
    );
    return 2;
  }
  return playInteractive(options, mode, { scenario, ...seedProp(options) });
}

async function pickAndPlay(
  options: PlayCommandOptions,
  mode: PlayMode,
  interactive: boolean,
): Promise<number> {
  const { stdout, stderr } = options;
  const { entries, problems } = await listScenarios();
  if (entries.length === 0) {
    await reportProblems(stderr, problems);
    stderr.write('rapport play: no scenarios to play; name a scenario file: rapport play <file>\n');
    return 1;
  }
  if (!interactive) {
    for (const entry of inert(entries)) {
      stdout.write(`${entry.id}  ${entry.title} (${entry.stakeholder})\n`);
    }
    stderr.write(
      'rapport play: this is not an interactive terminal; name a scenario and give the choices:\n  rapport play <id> --choices 1,2,1\n',
    );
    return 2;
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
  const writes: Promise<string | undefined>[] = [];
  const file = options.transcript;
  const onFinished = file
    ? (transcript: Transcript) => {
        writes.push(writeTranscript(file, transcript));
      }
    : undefined;
  const app = render(
    <ColourContext value={colourWanted()}>
      <App mode={mode} result={result} {...props} {...(onFinished ? { onFinished } : {})} />
    </ColourContext>,
    { stdin, stdout, stderr, exitOnCtrlC: true, patchConsole: false },
  );
  await app.waitUntilExit();
  const failures = (await Promise.all(writes)).filter((error) => error !== undefined);
  for (const failure of failures) stderr.write(`${failure}\n`);
  if (result.problems.length > 0) return reportProblems(stderr, result.problems);
  if (!result.quit) return 130;
  return failures.length > 0 ? 1 : 0;
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
    return 1;
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
    const failure = await writeTranscript(options.transcript, transcript);
    if (failure) {
      stderr.write(`${failure}\n`);
      return 1;
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
    return 1;
  }
  return 0;
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
  return 1;
}
