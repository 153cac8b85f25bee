import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser';
import { builtAppForSuite } from './built-app';
import { heading, playByKeyboard, startByKeyboard } from './journey';

// The closing note's pictures: a turn and the debrief, at a phone's and a laptop's size.
const SHOTS = '/tmp/shots-web/';
mkdirSync(SHOTS, { recursive: true });
const SCENARIO = 'rollout-resistance';

const app = builtAppForSuite('rapport-web-resume-');

async function open(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Leaving mid-conversation asks first; these journeys say yes, unless told to stay.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    const stay = stayNext.delete(page);
    void (stay ? dialog.dismiss() : dialog.accept());
  });
  (page as Page & { errors?: string[]; dialogs?: string[] }).errors = errors;
  (page as Page & { dialogs?: string[] }).dialogs = dialogs;
  await page.goto(`${app.server().url}${hash}`);
  await page.waitForSelector('h1');
  return page;
}

/** Pages whose next question about leaving is answered "stay". */
const stayNext = new Set<Page>();

function dialogsOf(page: Page): string[] {
  return (page as Page & { dialogs?: string[] }).dialogs ?? [];
}

function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** What the learner sees of the conversation so far, and the turn they are on. */
async function where(page: Page): Promise<{ turn: string; said: string[] }> {
  await page.waitForSelector('.now .line');
  return {
    turn: (await page.locator('#turn-heading').textContent()) ?? '',
    said: await page.locator('.turns .bubble').allTextContents(),
  };
}

/** Plays `count` coach turns with key 1 then Enter. */
async function playTurns(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await page.waitForSelector('.now .line');
    await page.keyboard.press('1');
    await page.waitForSelector('.feedback');
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.now .line');
}

/**
 * From the briefing, into a coach-mode conversation with a known seed (a link a facilitator could
 * share), so "option 1, three times" is the same conversation on every run and does not end.
 */
const SEED = 7;
async function startAt(page: Page): Promise<void> {
  await page.waitForSelector('.start');
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/play/${SCENARIO}?seed=${SEED}`);
  await page.waitForSelector('.play');
}

async function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

const heights: Record<string, number> = {};

describe('the attempt in progress, in Chromium', () => {
  it('carries on after a reload, and after Back then Forward', async () => {
    const context = await app.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await open(context, `#/scenario/${SCENARIO}`);
    await startAt(page);
    await playTurns(page, 3);
    const before = await where(page);
    expect(before.turn).toMatch(/^Turn 4( of about \d+)?/);
    expect(before.said).toHaveLength(6);

    await page.reload();
    expect(await where(page)).toEqual(before);
    expect(dialogsOf(page)).toEqual(['beforeunload']);

    // Back asks first; staying keeps the conversation where it was.
    stayNext.add(page);
    await page.goBack();
    await page.waitForTimeout(200);
    expect(dialogsOf(page)).toEqual(['beforeunload', 'confirm']);
    expect(await where(page)).toEqual(before);

    await page.goBack();
    await page.waitForSelector('.start');
    expect(dialogsOf(page)).toEqual(['beforeunload', 'confirm', 'confirm']);
    expect(await heading(page)).not.toMatch(/Coach mode/);
    await page.goForward();
    expect(await where(page)).toEqual(before);

    // And it plays on to a debrief from there.
    await playByKeyboard(page, () => 0);
    expect(await heading(page)).toMatch(/^Debrief: /);
    expect(await page.evaluate(() => localStorage.getItem('rapport.in-progress'))).toBeNull();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('plays to a debrief with site storage blocked, says so, and offers the export', async () => {
    const context = await app.browser().newContext({
      viewport: { width: 390, height: 844 },
      acceptDownloads: true,
    });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException(
            "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
            'SecurityError',
          );
        },
      });
    });
    const page = await open(context, `#/scenario/${SCENARIO}`);
    await page.waitForSelector('.start');
    await startByKeyboard(page, 'assess');
    expect(await page.getByRole('alert').first().textContent()).toContain(
      'this attempt will not be kept',
    );
    // A keyboard choice in assessment mode: focus goes to the next turn's heading, not the body.
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.activeElement?.id === 'turn-heading');
    await playByKeyboard(page, (turn) => turn);
    expect(await heading(page)).toMatch(/^Debrief: /);
    const notKept = page.locator('.not-kept');
    expect(await notKept.textContent()).toContain('This attempt is not kept in this browser');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notKept.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^rapport-${SCENARIO}-.*\\.json$`));
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`shows a turn and the debrief at ${width}x${height}, accessibly`, async () => {
      const context = await app.browser().newContext({ viewport: { width, height } });
      const page = await open(context, `#/scenario/${SCENARIO}`);
      await startAt(page);
      await playTurns(page, 3);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}turn-${width}.png` });
      heights[`turn-${width}`] = await pageHeight(page);
      // The meters stay in view after scrolling to the options.
      await page.locator('.options').last().scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const meters = await page.locator('.meters').boundingBox();
      expect(meters?.y ?? -1).toBeGreaterThanOrEqual(-1);
      expect((meters?.y ?? height) + (meters?.height ?? 0)).toBeLessThanOrEqual(height);
      await page.keyboard.press('1');
      await page.waitForSelector('.feedback');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-heading');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}feedback-${width}.png` });
      await page.keyboard.press('Enter');
      await playByKeyboard(page, () => 0);
      await page.waitForSelector('.takeaway');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}debrief-${width}.png` });
      await page.screenshot({ path: `${SHOTS}debrief-${width}-full.png`, fullPage: true });
      heights[`debrief-${width}`] = await pageHeight(page);
      // The first screen says what happened and why: the outcome and the takeaway are in it.
      const takeaway = await page.locator('.takeaway').boundingBox();
      expect((takeaway?.y ?? height) + (takeaway?.height ?? 0)).toBeLessThanOrEqual(height);
      // Axis text is drawn at the size it is shown: readable on a phone.
      const axis = await page
        .locator('.trajectory svg text.axis')
        .first()
        .evaluate((node) => (node as SVGTextElement).getBoundingClientRect().height);
      expect(axis).toBeGreaterThanOrEqual(12);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
      writeFileSync(`${SHOTS}heights.json`, `${JSON.stringify(heights, null, 2)}\n`);
    });
  }

  it('hides the key hints on a touch screen, and shows them with a mouse and keyboard', async () => {
    const touch = await app.browser().newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const phone = await open(touch, `#/play/${SCENARIO}?seed=7`);
    await phone.waitForSelector('.options');
    expect(await phone.locator('.options kbd').first().isVisible()).toBe(false);
    expect(await phone.getByText(/^Press 1 to/).isVisible()).toBe(false);
    await touch.close();
    const desk = await app.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const laptop = await open(desk, `#/play/${SCENARIO}?seed=7`);
    await laptop.waitForSelector('.options');
    expect(await laptop.locator('.options kbd').first().isVisible()).toBe(true);
    await desk.close();
  });
});
