import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { debriefTranscript, playChoices, viewConversation } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveScenario } from '../src/library/index.js';
import { figureRows } from '../src/play/debrief/index.js';
import { startTmux, type TmuxSession } from './tmux.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const build = 'packages/terminal/scripts/build.mjs';
let session: TmuxSession | undefined;

beforeAll(() => {
  // Build the bin first, so the run below measures the trainer and not a rebuild.
  if (!existsSync(`${root}/${build}`)) return;
  const built = spawnSync(process.execPath, [build], { cwd: root, encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
});

afterAll(() => session?.kill());

describe('rapport play in a real terminal', () => {
  it('plays rollout-resistance with number keys and Enter, shows the debrief, and leaves on Ctrl+C with the terminal restored', async () => {
    const resolved = await resolveScenario('rollout-resistance');
    if (!resolved.ok) throw new Error('rollout-resistance does not load');
    const { scenario } = resolved;
    // the first golden path of the scenario, typed as the numbers a learner would press when
    // the options are shown in the order of seed 1234
    const seed = 1234;
    const options = scenario.tests[0]?.choices ?? [];
    const numbers = options.map((option, i) => {
      const view = viewConversation(
        scenario,
        playChoices(scenario, options.slice(0, i), { seed }).snapshot,
      );
      return view.kind === 'node' ? view.options.findIndex((o) => o.id === option) + 1 : 0;
    });
    const expected = debriefTranscript(
      scenario,
      playChoices(scenario, options, { seed }).transcript,
    );

    session = startTmux(
      `rapport-play-e2e-${process.pid}`,
      // After the trainer exits, the pane says how it ended and whether the terminal is back in
      // cooked mode (icanon and echo on, not -icanon and -echo).
      `node packages/terminal/bin/rapport.mjs play rollout-resistance --seed ${seed}; echo "rapport exited $?"; stty -a | grep -o -e '-*icanon' -e '-*echo ' | tr '\\n' ' '; echo; sleep 120`,
      { cwd: root, columns: 80, rows: 50 },
    );
    const terminal = session;

    // The briefing takes as many pages as the terminal needs; Enter turns them, then starts.
    let briefing = await terminal.waitFor('Enter ', 30_000);
    expect(briefing).toContain(scenario.title);
    for (let page = 0; !briefing.includes('Enter start the conversation'); page += 1) {
      expect(page).toBeLessThan(5);
      terminal.send('Enter');
      await terminal.waitFor(`page ${page + 2}/`);
      briefing = terminal.screen();
    }
    expect(briefing).toContain('What happened before');
    terminal.send('Enter');

    for (const [i, number] of numbers.entries()) {
      const shown = await terminal.waitFor(`Turn ${i + 1}\n`);
      expect(shown).toMatch(/Resistance [█░]{10} +\d+/);
      terminal.send(String(number));
      const last = i === numbers.length - 1;
      const feedback = await terminal.waitFor(last ? 'Enter see the debrief' : 'Enter continue');
      expect(feedback).toContain('Move: ');
      terminal.send('Enter');
    }

    const debrief = await terminal.waitFor('Listening ratio');
    expect(debrief).toContain(`Debrief: ${scenario.title}`);
    expect(debrief).toContain(`${expected.outcome?.title} (${expected.outcome?.outcome})`);
    for (const row of figureRows(expected)) {
      expect(debrief).toContain(`${row.label.padEnd(29)}${row.value.padEnd(5)}`);
    }
    expect(debrief).toContain('r retry · q quit');
    expect(debrief).toContain(`Seed ${seed}: replay with --seed ${seed}`);

    terminal.send('Right');
    await terminal.waitFor('Trajectory over');

    // Retry, then Ctrl+C in the middle of the conversation: out at once, terminal restored.
    terminal.send('r');
    await terminal.waitFor('Turn 1\n');
    terminal.send('C-c');
    const after = await terminal.waitFor('rapport exited');
    expect(after).toContain('rapport exited 130');
    expect(after).toMatch(/(^| )icanon echo/m);
  });

  it('shows the first options in an order drawn from the seed, and scores the same choices by id the same under any seed', async () => {
    const resolved = await resolveScenario('rollout-resistance');
    if (!resolved.ok) throw new Error('rollout-resistance does not load');
    const ids = resolved.scenario.tests[0]?.choices ?? [];
    const firstOptions = async (seed: number): Promise<string> => {
      const name = `rapport-seed-e2e-${process.pid}-${seed}`;
      const terminal = startTmux(
        name,
        `node packages/terminal/bin/rapport.mjs play rollout-resistance --seed ${seed}; sleep 60`,
        { cwd: root, columns: 80, rows: 40 },
      );
      try {
        let briefing = await terminal.waitFor('Enter ', 30_000);
        for (let page = 0; !briefing.includes('Enter start the conversation'); page += 1) {
          expect(page).toBeLessThan(5);
          terminal.send('Enter');
          await terminal.waitFor(`page ${page + 2}/`);
          briefing = terminal.screen();
        }
        terminal.send('Enter');
        const shown = await terminal.waitFor('Turn 1\n');
        return shown.slice(shown.indexOf('Turn 1'));
      } finally {
        terminal.kill();
      }
    };
    const one = await firstOptions(1);
    const two = await firstOptions(2);
    const numbered = (screen: string) =>
      screen.split('\n').filter((line) => /^\W*[1-9]\. /.test(line));
    expect(numbered(one).length).toBeGreaterThan(1);
    expect(numbered(one)).not.toEqual(numbered(two));

    // the same options by id, under two seeds: the same debrief figures
    const scripted = (seed: number) =>
      spawnSync(
        process.execPath,
        [
          'packages/terminal/bin/rapport.mjs',
          'play',
          'rollout-resistance',
          '--seed',
          String(seed),
          '--choices',
          ids.join(','),
        ],
        { cwd: root, encoding: 'utf8' },
      );
    const figures = (out: string) =>
      out.slice(out.indexOf('Listening ratio'), out.indexOf('Bands (fair/good)'));
    const first = scripted(1);
    const second = scripted(2);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(figures(first.stdout)).toContain('Reflection-to-question ratio');
    expect(figures(first.stdout)).toBe(figures(second.stdout));
    expect(first.stdout).toContain('Seed 1: replay with --seed 1');
  });
});
