import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  availableOptions,
  initialMeters,
  loadScenario,
  type Scenario,
  scoreTranscript,
  startNode,
  Transcript,
} from '@rapport/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser';
import { builtAppForSuite } from './built-app';
import { heading, playByKeyboard, screenshot, startByKeyboard } from './journey';

const scenariosDir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const FLAGSHIPS = ['rollout-resistance', 'shadow-it', 'compliance-override'].filter((id) =>
  existsSync(join(scenariosDir, `${id}.yaml`)),
);

const app = builtAppForSuite('rapport-web-');

async function open(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${app.server().url}${hash}`);
  await page.waitForSelector('h1');
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

function scenarioFile(id: string): Scenario {
  const loaded = loadScenario(readFileSync(join(scenariosDir, `${id}.yaml`), 'utf8'), `${id}.yaml`);
  if (!loaded.ok) throw new Error(`${id}.yaml does not load`);
  return loaded.scenario;
}

async function shownOptions(page: Page): Promise<string[]> {
  const list = page.locator('ol[aria-label="Your options"] > li');
  await list.first().waitFor();
  return (await list.allTextContents()).map((text) => text.replace(/^\d+/, ''));
}

/** Plays to the debrief, each turn pressing the number of the option `choose` names by text. */
async function playByText(
  page: Page,
  choose: (shown: readonly string[], turn: number) => string,
): Promise<string[]> {
  const chosen: string[] = [];
  for (let turn = 0; turn < 60; turn += 1) {
    if ((await heading(page)).startsWith('Debrief')) return chosen;
    const list = page.locator('ol[aria-label="Your options"] > li');
    if ((await list.count()) === 0) {
      await page.waitForTimeout(50);
      continue;
    }
    const shown = await shownOptions(page);
    const text = choose(shown, chosen.length);
    const index = shown.indexOf(text);
    if (index < 0) throw new Error(`"${text}" is not on offer; shown: ${shown.join(' | ')}`);
    const line = (await page.locator('.now .line').textContent()) ?? '';
    await page.keyboard.press(String(index + 1));
    chosen.push(text);
    // The next line (or the debrief) replaces this one; a loop back to the same line times out.
    await page
      .waitForFunction(
        (before) =>
          document.querySelector('.now .line')?.textContent !== before ||
          document.querySelector('h1')?.textContent?.startsWith('Debrief'),
        line,
        { timeout: 2000 },
      )
      .catch(() => undefined);
  }
  throw new Error(`no debrief after ${chosen.length} turns`);
}

/** Every figure, folded under the three headline ones, opened as a learner would. */
async function openAllFigures(page: Page): Promise<void> {
  await page.getByText('All the figures, with how each is judged').click();
  await page.getByRole('table', { name: 'Your figures' }).waitFor();
}

async function figureRows(page: Page): Promise<string[]> {
  return page.getByRole('table', { name: 'Your figures' }).locator('tbody tr').allTextContents();
}

function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe on ${where}`).toEqual([]);
}

describe('the participant trainer in Chromium', () => {
  it('builds with relative asset paths, so it works from a subfolder', () => {
    const html = readFileSync(join(app.outDir(), 'index.html'), 'utf8');
    expect(html).toMatch(/src="\.\/assets\/index-[\w-]+\.js"/);
    expect(html).not.toMatch(/src="\/assets/);
  });

  it('has at least one flagship scenario to play', () => {
    expect(FLAGSHIPS.length).toBeGreaterThan(0);
  });

  for (const id of FLAGSHIPS) {
    for (const mode of ['coach', 'assess'] as const) {
      it(`plays ${id} to the debrief in ${mode} mode, keyboard only`, async () => {
        const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 } });
        const page = await open(context, `#/scenario/${id}`);
        await expectNoAxeViolations(page, `${id} briefing`);
        await startByKeyboard(page, mode);
        expect(page.url()).toContain(`#/play/${id}`);
        if (mode === 'coach') {
          const resistance = page.getByRole('meter', { name: 'Resistance' });
          expect(await resistance.getAttribute('value')).toMatch(/^\d+$/);
          await expectNoAxeViolations(page, `${id} conversation (coach)`);
          await page.keyboard.press('1');
          await page.waitForSelector('.feedback');
          await expectNoAxeViolations(page, `${id} coach feedback`);
          await screenshot(page, `${id}-feedback`);
          await page.keyboard.press('Enter');
        } else {
          expect(await page.getByRole('meter').count()).toBe(0);
          await expectNoAxeViolations(page, `${id} conversation (assessment)`);
          await screenshot(page, `${id}-assess`);
        }
        const played = await playByKeyboard(page, (turn) => (mode === 'coach' ? 0 : turn));
        expect(played.sawFeedback).toBe(mode === 'coach');
        expect(await heading(page)).toMatch(/^Debrief: /);
        await openAllFigures(page);
        expect(await page.getByRole('rowheader', { name: 'Listening ratio' }).isVisible()).toBe(
          true,
        );
        // Every meter the scenario has is on the chart, not only resistance and trust.
        expect(
          await page
            .getByRole('img', { name: /^Resistance,? .*trust.* after every turn/ })
            .isVisible(),
        ).toBe(true);
        await expectNoAxeViolations(page, `${id} debrief`);
        await screenshot(page, `${id}-debrief-${mode}`);
        expect(pageErrors(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it('shows another order for another seed, and the same choices by id give the same debrief', async () => {
    const id = FLAGSHIPS[0] ?? '';
    const scenario = scenarioFile(id);
    const start = startNode(scenario);
    const order = (seed: number): string[] =>
      availableOptions(scenario, start, initialMeters(scenario), seed).map((o) => o.text);
    const first = 5310;
    // The first seed after it whose order at the start differs (the engine's one function).
    let second = first + 1;
    while (order(second).join('\n') === order(first).join('\n') && second < first + 100)
      second += 1;

    const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, `#/play/${id}?mode=assess&seed=${first}`);
    const shownFirst = await shownOptions(page);
    expect(shownFirst).toEqual(order(first));
    // Attempt one: the option shown last, then whatever comes first, to the end.
    const path = await playByText(page, (shown, turn) =>
      turn === 0 ? (shown.at(-1) ?? '') : (shown[0] ?? ''),
    );
    await openAllFigures(page);
    const figuresFirst = await figureRows(page);
    expect(await page.getByText(/^These figures are a practice aid/).isVisible()).toBe(true);

    await page.goto(`${app.server().url}#/play/${id}?mode=assess&seed=${second}`);
    await page.waitForSelector('.play');
    const shownSecond = await shownOptions(page);
    expect(shownSecond).toEqual(order(second));
    expect(shownSecond).not.toEqual(shownFirst);
    expect([...shownSecond].sort()).toEqual([...shownFirst].sort());
    // Attempt two: the same options, found by their text wherever this order shows them.
    await playByText(page, (_shown, turn) => path[turn] ?? '');
    await openAllFigures(page);
    expect(await figureRows(page)).toEqual(figuresFirst);

    const saved = await page.evaluate(() => localStorage.getItem('rapport.history') ?? '');
    const attempts = (JSON.parse(saved) as { attempts: { transcript: unknown }[] }).attempts.map(
      (attempt) => Transcript.parse(attempt.transcript),
    );
    expect(attempts.map((t) => t.seed)).toEqual([first, second]);
    expect(attempts[1]?.turns.map((t) => t.option)).toEqual(
      attempts[0]?.turns.map((t) => t.option),
    );
    expect(scoreTranscript(attempts[1] as Transcript)).toEqual(
      scoreTranscript(attempts[0] as Transcript),
    );
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('replays another option from a debrief turn and compares both conversations', async () => {
    const id = FLAGSHIPS[0] ?? '';
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, `#/scenario/${id}`);
    await startByKeyboard(page, 'assess');
    await playByKeyboard(page, () => 0);
    await page.getByRole('button', { name: 'What if, at turn 1?' }).click();
    const panel = page.getByRole('complementary', { name: 'What-if replay' });
    await panel.getByRole('heading', { name: 'What if, at turn 1…' }).waitFor();
    await screenshot(page, 'what-if-start');
    // Keyboard inside the panel: number keys pick, until the branch ends.
    for (let i = 0; i < 60 && !(await panel.getByText('Side by side').isVisible()); i += 1) {
      await page.keyboard.press('1');
      await page.waitForTimeout(30);
    }
    expect(await panel.getByRole('region', { name: 'Your conversation' }).isVisible()).toBe(true);
    expect(await panel.getByRole('region', { name: 'What if', exact: true }).isVisible()).toBe(
      true,
    );
    await expectNoAxeViolations(page, 'what-if comparison');
    await screenshot(page, 'what-if-compare');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps attempts in history, exports them, and sets damaged data aside', async () => {
    const id = FLAGSHIPS[0] ?? '';
    const context = await app.browser().newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await open(context, `#/scenario/${id}`);
    await startByKeyboard(page, 'assess');
    await playByKeyboard(page, () => 0);
    await page.goto(`${app.server().url}#/scenario/${id}`);
    await startByKeyboard(page, 'assess');
    await playByKeyboard(page, (turn) => turn);

    await page.getByRole('link', { name: 'History' }).click();
    await page.waitForSelector('.history-scenario');
    expect(await page.locator('.history-scenario tbody tr').count()).toBe(2);
    await expectNoAxeViolations(page, 'history');
    await screenshot(page, 'history');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON, attempt 1' }).click(),
    ]);
    const transcript = Transcript.parse(
      JSON.parse(readFileSync((await json.path()) ?? '', 'utf8')),
    );
    expect(transcript.scenario.id).toBe(id);
    expect(scoreTranscript(transcript).turns).toBe(transcript.turns.length);
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as Markdown, attempt 1' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toMatch(new RegExp(`^rapport-${id}-.*\\.md$`));
    expect(readFileSync((await markdown.path()) ?? '', 'utf8')).toContain('## Figures');

    await page.evaluate(() => localStorage.setItem('rapport.history', '{"version":1,"attem'));
    await page.reload();
    // The history screen loads after the first page, as every screen past the library does.
    await page.waitForSelector('h1');
    const notice = page.getByRole('alert');
    expect(await notice.textContent()).toContain('Your saved history could not be read');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('rapport.history.set-aside.'))).toBe(true);
    await expectNoAxeViolations(page, 'history with a notice');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  for (const width of [375, 1280]) {
    it(`shows every screen at ${width} px wide, accessibly`, async () => {
      const context = await app.browser().newContext({ viewport: { width, height: 800 } });
      const page = await open(context, '#/');
      expect(await heading(page)).toBe('Choose a conversation to practise');
      await expectNoAxeViolations(page, `library at ${width}`);
      await screenshot(page, 'library');
      const id = FLAGSHIPS[0] ?? '';
      await page.goto(`${app.server().url}#/scenario/${id}`);
      await page.waitForSelector('.start');
      await screenshot(page, 'briefing');
      await startByKeyboard(page, 'coach');
      await screenshot(page, 'conversation');
      await page.keyboard.press('1');
      await page.waitForSelector('.feedback');
      await screenshot(page, 'feedback');
      await page.keyboard.press('Enter');
      await playByKeyboard(page, () => 0);
      await expectNoAxeViolations(page, `debrief at ${width}`);
      await screenshot(page, 'debrief');
      // On a phone every turn starts folded, so the first screens tell the story.
      const whatIf = page.getByRole('button', { name: 'What if, at turn 1?' });
      if (!(await whatIf.isVisible())) await page.getByText(/^All \d+ turns/).click();
      await whatIf.click();
      const panel = page.getByRole('complementary', { name: 'What-if replay' });
      for (let i = 0; i < 60 && !(await panel.getByText('Side by side').isVisible()); i += 1) {
        await page.keyboard.press(String((i % 2) + 1));
        await page.waitForTimeout(30);
      }
      await expectNoAxeViolations(page, `what-if at ${width}`);
      await screenshot(page, 'what-if');
      await page.goto(`${app.server().url}#/history`);
      await page.waitForSelector('.history-scenario');
      await screenshot(page, 'history');
      await page.goto(`${app.server().url}#/nowhere`);
      expect(await heading(page)).toBe('Not found');
      await expectNoAxeViolations(page, `not found at ${width}`);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }

  it('lazy-loads the facilitator page at #/facilitator', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, '#/');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.getByRole('link', { name: 'Facilitator', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent !== 'Choose a conversation to practise',
    );
    expect(await heading(page)).not.toBe('Not found');
    expect(scripts.length).toBeGreaterThan(0);
    await screenshot(page, 'facilitator');
    await expectNoAxeViolations(page, 'facilitator');
    await context.close();
  });
});
