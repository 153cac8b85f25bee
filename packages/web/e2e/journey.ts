import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const ARTIFACTS = fileURLToPath(new URL('../../../artifacts/web/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${ARTIFACTS}${name}-${width}.png`, fullPage: true });
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().textContent()) ?? '';
}

/** From a briefing, chooses the mode and starts, by keyboard only. */
export async function startByKeyboard(page: Page, mode: 'coach' | 'assess'): Promise<void> {
  // Focus is on the title; the next stop is the checked mode radio, then the own-words box
  // (left unticked), then the Start button.
  await page.keyboard.press('Tab');
  if (mode === 'assess') await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.play');
}

export type Played = { readonly turns: number; readonly sawFeedback: boolean };

/**
 * Plays to the debrief with number keys and Enter only. Picks the options in turn (1, 2, 3...)
 * so the run is deterministic yet not stuck on one answer.
 */
export async function playByKeyboard(page: Page, pick: (turn: number) => number): Promise<Played> {
  let turns = 0;
  let sawFeedback = false;
  for (let step = 0; step < 200; step += 1) {
    if ((await heading(page)).startsWith('Debrief')) return { turns, sawFeedback };
    const feedback = page.locator('.feedback');
    if (await feedback.isVisible()) {
      sawFeedback = true;
      await page.keyboard.press('Enter');
    } else {
      const count = await page.locator('ol[aria-label="Your options"] > li').count();
      if (count === 0) {
        await page.waitForTimeout(50);
        continue;
      }
      await page.keyboard.press(String((pick(turns) % count) + 1));
      turns += 1;
    }
    await page.waitForTimeout(30);
  }
  throw new Error(`no debrief after ${turns} turns; the page says: ${await heading(page)}`);
}
