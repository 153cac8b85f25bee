import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser';
import { builtAppForSuite } from './built-app';
import { heading } from './journey';

const SCENARIO = 'rollout-resistance';
const app = builtAppForSuite('rapport-web-own-words-');

/** Replies a learner might type, turn after turn (the last one repeats). */
const REPLIES = [
  'How has the module been working for your people so far?',
  'So the module asks your team for the same thing twice.',
  'It sounds like your team has carried most of the extra work.',
  'What would make it easier for your team?',
  'Would it help if we looked at that together?',
];

describe('own-words play in Chromium', () => {
  it('plays rollout-resistance from typed replies to a debrief, loading the coder only then', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const weights: string[] = [];
    page.on('request', (request) => {
      if (/shipped-weights/.test(request.url())) weights.push(request.url());
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${app.server().url}#/scenario/${SCENARIO}`);
    await page.waitForSelector('.start');
    expect(weights).toEqual([]);
    await page.getByRole('checkbox', { name: /In my own words/ }).check();
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.waitForSelector('.play');
    expect(await heading(page)).toMatch(/Coach mode, in your own words/);

    // An empty reply is refused with a message.
    const box = page.getByRole('textbox', { name: /What do you say\?/ });
    await box.waitFor();
    expect(weights).toHaveLength(1);
    await page.getByRole('button', { name: 'Say it' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Type what you would say first: an empty reply is not sent.',
    );
    expect(await axeViolations(page)).toEqual([]);

    let turn = 0;
    let sawReading = false;
    while (!/^Debrief: /.test(await heading(page))) {
      expect(turn).toBeLessThan(30);
      const reply = REPLIES[Math.min(turn, REPLIES.length - 1)] as string;
      await page.getByRole('textbox', { name: /What do you say\?/ }).fill(reply);
      await page.getByRole('button', { name: 'Say it' }).click();
      await page.waitForSelector('.own-words-review');
      const text = (await page.locator('.own-words-review').textContent()) ?? '';
      if (/read as/.test(text)) sawReading = true;
      if (turn === 0) expect(await axeViolations(page)).toEqual([]);
      const goOn = page.getByRole('button', { name: 'Go on with this line' });
      if (await goOn.count()) await goOn.click();
      else
        await page
          .getByRole('list', { name: 'The two closest lines' })
          .getByRole('button')
          .first()
          .click();
      await page.waitForSelector('.feedback');
      await page.locator('.feedback button.primary').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[role="textbox"], textarea') !== null ||
          /^Debrief: /.test(document.querySelector('h1')?.textContent ?? ''),
      );
      turn += 1;
    }
    expect(sawReading).toBe(true);
    // The debrief shows the learner's own words and the line each was played as.
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain(REPLIES[0]);
    expect(body).toContain('Played as the scripted line');
    expect(body).toMatch(/the coder read it as/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
