import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { formatProblem, playChoices, Transcript } from '@rapport/engine';
import { describe, expect, it, vi } from 'vitest';
import { fakeStreams, fakeTerminal } from '../../test/fake-streams.js';
import { KEYS, press } from '../../test/keys.js';
import { playFixture, playFixturePath } from '../../test/load-play-fixture.js';
import { rawControls } from '../../test/raw-controls.js';
import { resolveScenario } from '../library/index.js';
import { runPlay } from './run-play.js';

// `rapport play` drops CI and CONTINUOUS_INTEGRATION before it loads Ink on a real terminal (Ink
// draws only its last frame when it sees them); these tests load Ink through runPlay itself, so
// they do the same before any import, or a CI runner would see a blank screen.
vi.hoisted(() => {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
});

const twoRoads = playFixturePath('two-roads');

async function play(
  target: string | undefined,
  extra: {
    choices?: (number | string)[];
    assess?: boolean;
    transcript?: string;
    seed?: number;
    ownWords?: boolean;
  } = {},
) {
  const streams = fakeStreams();
  // Seed 1 shows two-roads' options in file order, so the numbers below read as the file does.
  const code = await runPlay({
    target,
    assess: extra.assess ?? false,
    seed: 1,
    ...extra,
    ...streams,
  });
  return { code, out: streams.out(), err: streams.err() };
}

describe('rapport play --choices', () => {
  it('plays the numbered options and prints the conversation and the debrief as text', async () => {
    const { code, out, err } = await play(twoRoads, { choices: [2, 1, 1] });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain(
      "Turn 1\nSam: I don't use it. Why would I?\n  1. What gets in the way?\n  2. Everyone has to use it from Monday.\nYou chose 2: Everyone has to use it from Monday.\n  Move: Insisting (insistence). Insisting raises resistance.\n  Resistance ████████░░  75 (+15)\n  Trust      ███░░░░░░░  31 (-9)",
    );
    // the second turn offered the line for a stakeholder already digging in
    expect(out).toContain("Turn 2\nSam: I've told you already. No.");
    expect(out).toContain('A shrug (stalemate)\nNothing changes.');
    expect(out).toContain(
      'Listening ratio              0.50  – too few to rate (1 listening, 1 insistence)',
    );
  });

  it('counts each number among the options offered at that turn', async () => {
    // "extra" needs trust 45: at the start only two options are offered, so 3 is out of range
    const { code, out, err } = await play(twoRoads, { choices: [3] });
    expect({ code, out }).toEqual({ code: 5, out: '' });
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --choices: choice 1 is 3, but turn 1 (node opening) offers 2 options (1-2).
      "
    `);
  });

  it('refuses choices beyond the end of the conversation', async () => {
    const { code, err } = await play(twoRoads, { choices: [1, 1, 2, 1] });
    // the same status as too few choices: either way the choices do not fit the conversation
    expect(code).toBe(5);
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --choices has 4 choices, but the conversation ended after 2: drop 2,1.
      "
    `);
  });

  it('counts numbers in the order drawn from the seed, and takes option ids in any order', async () => {
    // seed 3 shows the opening as push, extra (not offered yet), ask; the story as reflect, hold
    const byNumber = await play(twoRoads, { choices: [2, 2], seed: 3 });
    const byId = await play(twoRoads, { choices: ['ask', 'hold'], seed: 3 });
    const mixed = await play(twoRoads, { choices: ['ask', 2], seed: 3 });
    expect(byNumber.code).toBe(0);
    expect(byNumber.out).toContain(
      '  1. Everyone has to use it from Monday.\n  2. What gets in the way?\nYou chose 2: What gets in the way?',
    );
    expect(byId.out).toBe(byNumber.out);
    expect(mixed.out).toBe(byNumber.out);
    expect(byId.out).toContain('Seed 3: replay with --seed 3');
  });

  it('names the turn and node of an option id it does not offer, with the nearest id', async () => {
    const { code, out, err } = await play(twoRoads, { choices: ['ask', 'hodl'] });
    expect({ code, out }).toEqual({ code: 5, out: '' });
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --choices: choice 2 is "hodl", but turn 2 (node story) offers no option with that id (did you mean hold?); it offers hold, reflect.
      "
    `);
  });

  it('stops where the choices run out, shows what comes next, and exits 5', async () => {
    const { code, out, err } = await play(twoRoads, { choices: [1] });
    expect(code).toBe(5);
    expect(out).toContain('Turn 2\nSam: It doubles my typing');
    expect(out).not.toContain('Debrief');
    expect(err).toMatchInlineSnapshot(`
      "rapport play: the choices ran out before the conversation ended; add a choice (1-2) for turn 2 to go on.
      "
    `);
  });

  it('hides the moves and the meters during an assessed run, and shows them in the debrief', async () => {
    const { code, out } = await play(twoRoads, { choices: [1, 1], assess: true });
    expect(code).toBe(0);
    const [conversation, debrief] = out.split('Debrief: Two roads');
    expect(conversation).not.toContain('Move:');
    expect(conversation).not.toContain('Resistance');
    expect(debrief).toContain('Open question (listening) · resistance 60→54, trust 40→45');
  });

  it('saves the transcript the engine makes for the same choices, whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-play-'));
    const file = join(dir, 'attempt.json');
    const { code } = await play(twoRoads, { choices: [1, 1], transcript: file });
    expect(code).toBe(0);
    const saved = Transcript.parse(JSON.parse(await readFile(file, 'utf8')));
    const scenario = await playFixture('two-roads');
    const { transcript } = playChoices(scenario, ['ask', 'hold'], { seed: 1 });
    expect({ ...saved, startedAt: undefined, finishedAt: undefined }).toEqual({
      ...transcript,
      startedAt: undefined,
      finishedAt: undefined,
    });
    // written through a temporary file and a rename: nothing else is left in the folder
    expect(await readdir(dir)).toEqual(['attempt.json']);
  });

  it('checks the transcript folder before playing anything, and exits 4', async () => {
    const { code, out, err } = await play(twoRoads, {
      choices: [1, 1],
      transcript: '/nonexistent-dir/attempt.json',
    });
    expect({ code, out }).toEqual({ code: 4, out: '' });
    expect(err).toMatchInlineSnapshot(`
      "rapport play: cannot save the transcript to /nonexistent-dir/attempt.json: the folder /nonexistent-dir does not exist
      "
    `);
  });

  it('replaces the file a script names, as a script expects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-play-'));
    const file = join(dir, 'attempt.json');
    await writeFile(file, 'old\n');
    expect((await play(twoRoads, { choices: [1, 1], transcript: file })).code).toBe(0);
    expect(Transcript.parse(JSON.parse(await readFile(file, 'utf8'))).ending?.id).toBe('agreed');
    expect(await readdir(dir)).toEqual(['attempt.json']);
  });
});

// The first screen waits for ink and the session to load, which a busy machine can take seconds
// over: wait as long as a person would, not vitest's default second.
function shows(terminal: { out: () => string }, text: string) {
  return vi.waitFor(() => expect(terminal.out()).toContain(text), { timeout: 15_000 });
}

describe('rapport play in a terminal, with --transcript', () => {
  it('saves each attempt under a new name and leaves the result on screen after q', {
    timeout: 30_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-play-'));
    const file = join(dir, 'attempt.json');
    const terminal = fakeTerminal(80, 40);
    const played = runPlay({
      target: twoRoads,
      assess: true,
      seed: 1,
      transcript: file,
      ...terminal,
    });
    // A screen listens for keys once it is drawn: wait a moment, as a person reading it would.
    const type = async (key: string, then: string, times = 1) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      terminal.stdin.write(key);
      await vi.waitFor(
        () =>
          expect(
            terminal.out().split(then).length - 1,
            `${then}\n${terminal.out().slice(-600)}`,
          ).toBeGreaterThanOrEqual(times),
        { timeout: 5_000 },
      );
    };
    await shows(terminal, 'Enter start the conversation');
    await type(KEYS.enter, 'Turn 1');
    await type('1', 'Turn 2');
    // ask, hold: the agreement, saved where it was asked for
    await type('1', `Transcript saved to ${file}`);
    await type('r', 'Turn 1', 2);
    await type('1', 'Turn 2', 2);
    await type('1', 'was there already)');
    expect(terminal.out().replace(/\s+/g, ' ')).toContain(
      `Transcript saved to ${join(dir, 'attempt-2.json')} (${file} was there already)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    terminal.stdin.write('q');
    expect(await played).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['attempt-2.json', 'attempt.json']);
    // after the last frame: the result, wrapped at the terminal's 80 columns
    const shown = stripVTControlCharacters(terminal.out());
    const after = shown.slice(shown.lastIndexOf('Two roads: ')).trimEnd();
    expect(after.split('\n').every((line) => line.length <= 80)).toBe(true);
    const lastLine = after.replace(/\s+/g, ' ').replaceAll(dir, '<tmp>');
    expect(lastLine).toMatchInlineSnapshot(
      `"Two roads: Agreed (breakthrough) · listening ratio 1.00 · transcripts saved to <tmp>/attempt.json, <tmp>/attempt-2.json"`,
    );
    expect(terminal.out()).not.toContain('.tmp');
  });

  it('says so when the learner quits in the middle, and saves nothing', {
    timeout: 30_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-play-'));
    const terminal = fakeTerminal(80, 40);
    const played = runPlay({
      target: twoRoads,
      assess: true,
      seed: 1,
      transcript: join(dir, 'attempt.json'),
      ...terminal,
    });
    await shows(terminal, 'Enter start the conversation');
    await press(terminal.stdin, KEYS.enter);
    await shows(terminal, 'Turn 1');
    await press(terminal.stdin, '1');
    await shows(terminal, 'Turn 2');
    await press(terminal.stdin, 'q');
    expect(await played).toBe(0);
    const shown = stripVTControlCharacters(terminal.out());
    expect(shown.slice(shown.lastIndexOf('Two roads: ')).trim()).toBe(
      'Two roads: left after 1 turn, before an ending; that attempt was not saved.',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('says on the debrief when the folder went away during the conversation, and exits 4', {
    timeout: 30_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-play-'));
    const file = join(dir, 'notes', 'attempt.json');
    await mkdir(join(dir, 'notes'));
    const terminal = fakeTerminal(100, 40);
    const played = runPlay({
      target: twoRoads,
      assess: true,
      seed: 1,
      transcript: file,
      ...terminal,
    });
    await shows(terminal, 'Enter start the conversation');
    await press(terminal.stdin, KEYS.enter);
    await shows(terminal, 'Turn 1');
    await rm(join(dir, 'notes'), { recursive: true });
    await press(terminal.stdin, '1', '1');
    await shows(terminal, 'Transcript not saved');
    expect(stripVTControlCharacters(terminal.out()).replaceAll(dir, '<tmp>')).toContain(
      'Transcript not saved: the folder <tmp>/notes does not exist.',
    );
    await press(terminal.stdin, 'q');
    expect(await played).toBe(4);
    expect(terminal.err().replaceAll(dir, '<tmp>')).toBe(
      'rapport play: cannot save the transcript to <tmp>/notes/attempt.json: the folder <tmp>/notes does not exist\n',
    );
    expect(stripVTControlCharacters(terminal.out()).replace(/\s+/g, ' ')).toContain(
      'Two roads: Agreed (breakthrough) · listening ratio 1.00 · transcript not saved',
    );
  });
});

describe('rapport play without a terminal', () => {
  it('refuses at once, before the briefing, naming stdin when stdin is the pipe', async () => {
    // echo 1 | rapport play two-roads: stdout is still the terminal
    const streams = fakeStreams();
    Object.assign(streams.stdout, { isTTY: true });
    const code = await runPlay({ target: twoRoads, assess: false, seed: 1, ...streams });
    expect({ code, out: streams.out() }).toEqual({ code: 3, out: '' });
    expect(streams.err().split('\n')[0]).toMatchInlineSnapshot(
      `"rapport play: standard input is not a terminal (it is a pipe or a file), so there is no way to ask for choices."`,
    );
  });

  it('names both when neither is a terminal, with the command to play without one', async () => {
    const { code, out, err } = await play(twoRoads);
    expect({ code, out }).toEqual({ code: 3, out: '' });
    expect(err.replace(twoRoads, '<file>')).toMatchInlineSnapshot(`
      "rapport play: neither standard input nor standard output is a terminal, so there is no way to ask for choices or to draw the conversation.
      Give the choices in order instead, as option ids or as numbers counting from 1 among the options shown at each turn in the order of seed 1:
        rapport play <file> --seed 1 --choices 1,2,1
      "
    `);
  });

  it('names stdout when stdin is a terminal and stdout is the pipe', async () => {
    const streams = fakeStreams();
    Object.assign(streams.stdin, { isTTY: true });
    const code = await runPlay({ target: twoRoads, assess: false, seed: 1, ...streams });
    expect({ code, out: streams.out() }).toEqual({ code: 3, out: '' });
    expect(streams.err().split('\n')[0]).toMatchInlineSnapshot(
      `"rapport play: standard output is not a terminal (it goes to a pipe or a file), so there is nowhere to draw the conversation."`,
    );
  });

  it('refuses without a scenario too, pointing at rapport list', async () => {
    vi.stubEnv('RAPPORT_SCENARIOS', dirname(twoRoads));
    const { code, out, err } = await play(undefined);
    vi.unstubAllEnvs();
    expect({ code, out }).toEqual({ code: 3, out: '' });
    expect(err).toMatchInlineSnapshot(`
      "rapport play: neither standard input nor standard output is a terminal, so there is no way to ask for choices or to draw the conversation.
      Name a scenario and give the choices in order instead (\`rapport list\` lists the scenarios):
        rapport play <id> --choices 1,2,1
      "
    `);
  });

  it('checks the transcript path first, whatever the terminal', async () => {
    const { code, err } = await play(twoRoads, { transcript: '/nonexistent-dir/attempt.json' });
    expect(code).toBe(4);
    expect(err).toContain('/nonexistent-dir/attempt.json');
  });

  it('asks for a scenario with --choices', async () => {
    const { code, err } = await play(undefined, { choices: [1] });
    expect(code).toBe(2);
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --choices needs a scenario: rapport play <id|file> --choices 1,3,2
      "
    `);
  });

  it('refuses --own-words with --choices, which play scripted options', async () => {
    const { code, out, err } = await play(twoRoads, { choices: [1], ownWords: true });
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --own-words types each reply by hand, so it cannot go with --choices (which plays option ids or numbers)
      "
    `);
  });
});

describe('rapport play with hostile text in a scenario', () => {
  it('shows escape sequences and direction overrides as text, never sends them to the terminal', async () => {
    const { code, out } = await play(playFixturePath('escape-codes'), { choices: [1] });
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatchInlineSnapshot(
      `"Kiosk \\x1b[2J\\x1b]0;renamed\\x07 \\u202eevil"`,
    );
    expect(rawControls(out)).toEqual([]);
  });
});

describe('rapport play with a scenario that does not load', () => {
  it('prints the same located problems as rapport check and exits 1', async () => {
    const file = playFixturePath('unknown-move');
    const { code, out, err } = await play(file, { choices: [1] });
    const resolved = await resolveScenario(file);
    if (resolved.ok) throw new Error('the fixture should not load');
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe(resolved.problems.map((problem) => `${formatProblem(problem)}\n`).join(''));
    expect(err).toContain('unknown-move.yaml');
  });

  it('names a missing file', async () => {
    const { code, err } = await play('no/such/scenario.yaml', { choices: [1] });
    expect(code).toBe(1);
    expect(err).toMatchInlineSnapshot(`
      "no/such/scenario.yaml: error: the file does not exist
      "
    `);
  });
});
