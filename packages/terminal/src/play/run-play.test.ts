import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem, playChoices, Transcript } from '@rapport/engine';
import { describe, expect, it, vi } from 'vitest';
import { fakeStreams } from '../../test/fake-streams.js';
import { playFixture, playFixturePath } from '../../test/load-play-fixture.js';
import { rawControls } from '../../test/raw-controls.js';
import { resolveScenario } from '../library/index.js';
import { runPlay } from './run-play.js';

const twoRoads = playFixturePath('two-roads');

async function play(
  target: string | undefined,
  extra: {
    choices?: (number | string)[];
    assess?: boolean;
    transcript?: string;
    seed?: number;
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
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --choices: choice 1 is 3, but turn 1 (node opening) offers 2 options (1-2).
      "
    `);
  });

  it('refuses choices beyond the end of the conversation', async () => {
    const { code, err } = await play(twoRoads, { choices: [1, 1, 2, 1] });
    expect(code).toBe(1);
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
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --choices: choice 2 is "hodl", but turn 2 (node story) offers no option with that id (did you mean hold?); it offers hold, reflect.
      "
    `);
  });

  it('stops where the choices run out, shows what comes next, and exits 1', async () => {
    const { code, out, err } = await play(twoRoads, { choices: [1] });
    expect(code).toBe(1);
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

  it('says so when the transcript cannot be written', async () => {
    const { code, err } = await play(twoRoads, {
      choices: [1, 1],
      transcript: '/nonexistent-dir/attempt.json',
    });
    expect(code).toBe(1);
    expect(err).toContain(
      'rapport play: cannot write the transcript to /nonexistent-dir/attempt.json: ENOENT',
    );
  });
});

describe('rapport play without a terminal', () => {
  it('prints the briefing and the first turn, and explains --choices', async () => {
    const { code, out, err } = await play(twoRoads);
    expect(code).toBe(2);
    expect(out).toContain('Your goal\nFind out why, and agree a next step.');
    expect(out).toContain('  1. What gets in the way?');
    expect(err.replace(twoRoads, '<file>')).toMatchInlineSnapshot(`
      "rapport play: this is not an interactive terminal, so there is no way to ask for choices.
      Give them in order instead, as option ids or as numbers counting from 1 among the options shown at each turn in the order of seed 1:
        rapport play <file> --seed 1 --choices 1,2,1
      "
    `);
  });

  it('lists the library when no scenario is named', async () => {
    // the fixtures folder holds two good scenarios, one with escape codes in its title, and one
    // that does not load
    vi.stubEnv('RAPPORT_SCENARIOS', dirname(twoRoads));
    const { code, out, err } = await play(undefined);
    vi.unstubAllEnvs();
    expect(code).toBe(2);
    expect(rawControls(out)).toEqual([]);
    expect(out).toMatchInlineSnapshot(`
      "escape-codes  Kiosk \\x1b[2J\\x1b]0;renamed\\x07 \\u202eevil (Ana Ruiz, Reception lead)
      two-roads  Two roads (Sam, Planner)
      "
    `);
    expect(err).toContain('rapport play <id> --choices 1,2,1');
  });

  it('asks for a scenario with --choices', async () => {
    const { code, err } = await play(undefined, { choices: [1] });
    expect(code).toBe(2);
    expect(err).toMatchInlineSnapshot(`
      "rapport play: --choices needs a scenario: rapport play <id|file> --choices 1,3,2
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
    const { code, err } = await play('no/such/scenario.yaml');
    expect(code).toBe(1);
    expect(err).toMatchInlineSnapshot(`
      "no/such/scenario.yaml: error: the file does not exist
      "
    `);
  });
});
