import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser';
import { builtAppForSuite } from './built-app';
import { screenshot } from './journey';

const fixture = (path: string): string =>
  fileURLToPath(new URL(`../test/fixtures/${path}`, import.meta.url));
const BROKEN = fixture('facilitator/broken.yaml');
const GOOD = fixture('scenarios/two-roads.yaml');

const app = builtAppForSuite('rapport-facilitator-');

type Opened = { readonly page: Page; readonly errors: string[] };

async function openFacilitator(width: number): Promise<Opened> {
  const context = await app.browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A failed request is reported below with its address, which this message lacks.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    // The app declares no icon, so Chromium's own request for one may 404; that is not the page's.
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico') {
      errors.push(`${response.status()} ${url.pathname}`);
    }
  });
  await page.goto(`${app.server().url}#/facilitator`);
  await page.getByRole('heading', { level: 1, name: 'Facilitator workbench' }).waitFor();
  return { page, errors };
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

/** Waits for the stakeholder's current line in the preview (not the node list, not the live region). */
async function stakeholderSays(page: Page, line: string): Promise<void> {
  await page.locator('.now .line', { hasText: line }).waitFor();
}

async function expectNoSideways(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(width);
}

describe('the facilitator page in Chromium', () => {
  for (const width of [375, 1280]) {
    it(`shows a broken file's errors with line and column at ${width} px`, async () => {
      const { page, errors } = await openFacilitator(width);
      await expectNoAxeViolations(page, 'the empty facilitator page');
      await page.setInputFiles('#facilitator-file', BROKEN);
      await page.getByText('Checked broken.yaml: 1 error, 0 warnings.').waitFor();
      const errorList = page.getByRole('list', { name: 'Errors' });
      expect(await errorList.locator('code').allTextContents()).toEqual([
        'broken.yaml:23:15: error: no node or ending is called "stroy" (did you mean "story"?)',
      ]);
      await expectNoAxeViolations(page, 'a broken file');
      await expectNoSideways(page, width);
      await screenshot(page, 'facilitator-broken');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`plays a good file and starts it at a node with chosen meters at ${width} px`, async () => {
      const { page, errors } = await openFacilitator(width);
      await page.setInputFiles('#facilitator-file', GOOD);
      await page.getByText('Checked two-roads.yaml: 0 errors, 5 warnings.').waitFor();
      const resistance = page.getByRole('meter', { name: 'Resistance' });
      expect(await resistance.getAttribute('value')).toBe('60');

      await page.getByRole('button', { name: /What gets in the way\?/ }).click();
      await page.getByText('An open question invites the story.', { exact: true }).waitFor();
      expect(await resistance.getAttribute('value')).toBe('54');
      await expectNoAxeViolations(page, 'the preview with coaching feedback');
      await page.getByRole('button', { name: /Continue/ }).click();
      await stakeholderSays(page, 'It doubles my typing.');

      await page.getByLabel('Node', { exact: true }).selectOption('opening');
      await page.locator('#start-meter-resistance').fill('80');
      await page.getByRole('button', { name: 'Start here' }).click();
      await stakeholderSays(page, "I've told you already. No.");
      expect(await resistance.getAttribute('value')).toBe('80');

      await page.getByRole('heading', { name: 'Graph' }).waitFor();
      await expectNoAxeViolations(page, 'a good file, previewed from a chosen node');
      await expectNoSideways(page, width);
      await screenshot(page, 'facilitator-good');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('works from the keyboard alone: the file button, then a bundled scenario checked in the background', async () => {
    const { page, errors } = await openFacilitator(1280);
    // Listen for the file chooser before any key is pressed: Playwright turns on interception
    // asynchronously, and a press that wins that race opens no chooser the test can see.
    const chooserShown = page.waitForEvent('filechooser');
    // The page focuses its heading when it opens; the first stop after it is the file button.
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Choose a scenario file…',
    );
    await page.keyboard.press('Enter');
    const chooser = await chooserShown;
    await chooser.setFiles(GOOD);
    await page.getByText('Checked two-roads.yaml: 0 errors, 5 warnings.').waitFor();

    await page.getByLabel('Or a bundled scenario').focus();
    await page.keyboard.press('End');
    const file = await page.getByLabel('Or a bundled scenario').inputValue();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The analysis runs in a worker; the page answers meanwhile.
    await page.getByText(`Checking ${file}…`).waitFor();
    await page.getByText(new RegExp(`^Checked ${file}: \\d+ errors?, \\d+ warnings?\\.$`)).waitFor({
      timeout: 60_000,
    });
    expect(await page.getByRole('term').first().textContent()).toBe('Nodes');
    await expectNoAxeViolations(page, 'a bundled scenario');
    await screenshot(page, 'facilitator-bundled');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
