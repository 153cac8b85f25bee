import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatFigure,
  playChoices,
  type Scenario,
  scoreTranscript,
  stakeholderLine,
  viewConversation,
} from '@rapport/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveScenario } from '../src/library/index.js';
import { meterLabel } from '../src/play/parts/meter-bar.js';
import { startTmux } from './tmux.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const build = 'packages/terminal/scripts/build.mjs';
const COLUMNS = 60;
const ROWS = 20;
const SEED = 1234;
/** Where to write what the terminal showed at each turn, for a person to read (optional). */
const CAPTURES = process.env.RAPPORT_E2E_CAPTURES;

const ids = readdirSync(join(root, 'scenarios'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

beforeAll(() => {
  if (!existsSync(`${root}/${build}`)) return;
  const built = spawnSync(process.execPath, [build], { cwd: root, encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
});

/** The screen's lines joined with spaces, so text wrapped at the edge reads as one line again. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The golden "best" path, as the numbers a learner presses when the options come in SEED's order. */
function bestPath(scenario: Scenario) {
  const golden = scenario.tests.find((test) => test.kind === 'best') ?? scenario.tests[0];
  const choices = golden?.choices ?? [];
  return choices.map((option, i) => {
    const { snapshot } = playChoices(scenario, choices.slice(0, i), { seed: SEED });
    const view = viewConversation(scenario, snapshot);
    if (view.kind !== 'node') throw new Error(`${scenario.id}: the path ends before ${option}`);
    return {
      number: view.options.findIndex((shown) => shown.id === option) + 1,
      line: stakeholderLine(scenario, view.node, view.meters),
      meters: Object.keys(view.meters),
    };
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`rapport play at ${COLUMNS}x${ROWS}`, () => {
  for (const id of ids) {
    it(`${id}: every turn of the best path shows its meters, header and line; q leaves the result`, async () => {
      const resolved = await resolveScenario(id);
      if (!resolved.ok) throw new Error(`${id} does not load`);
      const { scenario } = resolved;
      const path = bestPath(scenario);
      const choices = (scenario.tests.find((test) => test.kind === 'best') ?? scenario.tests[0])
        ?.choices;
      const expected = playChoices(scenario, choices ?? [], { seed: SEED }).transcript;
      const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
      const file = join(dir, `${id}.json`);
      const terminal = startTmux(
        `rapport-short-${process.pid}-${id}`,
        `node packages/terminal/bin/rapport.mjs play ${id} --seed ${SEED} --transcript ${file}; echo "rapport exited $?"; sleep 120`,
        { cwd: root, columns: COLUMNS, rows: ROWS },
      );
      try {
        let briefing = await terminal.waitFor('Enter ', 30_000);
        for (let page = 0; !briefing.includes('Enter start the conversation'); page += 1) {
          expect(page).toBeLessThan(8);
          terminal.send('Enter');
          await terminal.waitFor(`page ${page + 2}/`);
          briefing = terminal.screen();
        }
        terminal.send('Enter');
        const name = scenario.stakeholder.name;
        for (const [i, step] of path.entries()) {
          const turn = i + 1;
          // the roomy layout puts the turn on its own line, the compact one beside the line
          const shown = await terminal.waitFor(`Turn ${turn}`);
          await pause(150);
          const screen = terminal.screen();
          if (CAPTURES) appendFileSync(CAPTURES, `--- ${id} turn ${turn}\n${screen}\n`);
          const lines = screen.split('\n');
          // the meters first, each of them, then the header and the stakeholder's line
          expect(lines[0], screen).toMatch(/^Resistance +[█░]{10} +\d+/);
          for (const meter of step.meters) {
            expect(screen, screen).toMatch(new RegExp(`${meterLabel(meter)} +[█░]{10} +\\d+`));
          }
          expect(flat(shown), screen).toMatch(new RegExp(`Turn ${turn}( · ${name}:| ${name}:)`));
          expect(flat(screen), screen).toContain(flat(step.line).slice(0, 50));
          expect(screen).toContain('q quit');
          terminal.send(String(step.number));
          const last = i === path.length - 1;
          const feedback = await terminal.waitFor(
            last ? 'Enter see the debrief' : 'Enter continue',
          );
          expect(feedback.split('\n')[0], feedback).toMatch(/^Resistance +[█░]{10}/);
          expect(feedback).toContain('Move: ');
          await pause(150);
          terminal.send('Enter');
        }
        const debrief = await terminal.waitFor('r retry · q quit');
        if (CAPTURES) appendFileSync(CAPTURES, `--- ${id} debrief\n${debrief}\n`);
        expect(debrief).toContain(`Debrief: ${scenario.title}`);
        expect(flat(debrief)).toContain('Why: ');
        await terminal.waitFor('Transcript saved to');
        await pause(150);
        terminal.send('q');
        const after = await terminal.waitFor('rapport exited');
        if (CAPTURES) appendFileSync(CAPTURES, `--- ${id} after q\n${after}\n`);
        expect(after).toContain('rapport exited 0');
        const ratio = formatFigure(
          'listeningRatio',
          scoreTranscript(expected).listeningRatio.value,
        );
        // the terminal wraps the line wherever the edge falls, so compare it without whitespace
        const bare = (text: string) => text.replace(/\s+/g, '');
        expect(bare(after)).toContain(
          bare(
            `${scenario.title}: ${expected.ending?.title} (${expected.ending?.outcome}) · listening ratio ${ratio} · transcript saved to ${file}`,
          ),
        );
        expect(readdirSync(dir)).toEqual([`${id}.json`]);
      } finally {
        terminal.kill();
      }
    });
  }
});
