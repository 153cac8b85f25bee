import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';
import { heading, playByKeyboard, startByKeyboard } from './journey';

// A workshop room as a facilitator starts it (the real `rapport room` command), three
// participants on phone-sized browsers, and the facilitator's live view on a laptop-sized one.
const bin = fileURLToPath(new URL('../../terminal/bin/rapport.mjs', import.meta.url));
const SHOTS = '/tmp/shots-room/';

type Room = { child: ChildProcess; url: string; key: string; live: string; out: () => string };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function startRoom(data: string, port: number): Promise<Room> {
  const child = spawn(
    process.execPath,
    [
      bin,
      'room',
      'rollout-resistance',
      'compliance-override',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--data',
      data,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    out += String(chunk);
  });
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const url = /^Join: (\S+)$/m.exec(out)?.[1];
      const key = /^Facilitator key: +(\S+)/m.exec(out)?.[1];
      const live = /^Facilitator view: (\S+)$/m.exec(out)?.[1];
      if (url && key && live) {
        clearInterval(timer);
        resolve({ child, url, key, live, out: () => out });
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`rapport room exited (${code}): ${out}`));
    });
  });
}

function stopRoom(room: Room): Promise<void> {
  return new Promise((resolve) => {
    if (room.child.exitCode !== null) return resolve();
    room.child.once('exit', () => resolve());
    room.child.kill('SIGINT');
  });
}

async function joinRoom(browser: Browser, url: string, name: string | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(url);
  await page.waitForSelector('h1');
  expect(await heading(page)).toBe('Join the room');
  if (name) await page.fill('#room-name', name);
  await page.click('button[type="submit"]');
  await page.waitForSelector('h1:has-text("Choose a conversation to practise")');
  return page;
}

async function openScenario(page: Page, title: string): Promise<void> {
  await page.click(`a:has-text("${title}")`);
  await page.waitForSelector('.start');
}

describe('a workshop room in Chromium', () => {
  let browser: Browser;
  let data: string;
  let port: number;
  let room: Room | undefined;
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'rapport-room-web-'));
    port = await freePort();
    room = await startRoom(data, port);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    if (room) await stopRoom(room);
    rmSync(data, { recursive: true, force: true });
  });

  it('three participants join and play; the facilitator sees them live; a restart loses nothing', async () => {
    const live = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    // The link `rapport room` prints, as the facilitator would click it.
    await live.goto(room?.live ?? '');
    await live.waitForSelector('h1:has-text("The room, live")');
    // The key has left the address once used.
    await live.waitForFunction(() => !window.location.hash.includes('key='));

    const ada = await joinRoom(browser, room?.url ?? '', 'Ada');
    expect(await axeViolations(ada)).toEqual([]);
    const bo = await joinRoom(browser, room?.url ?? '', 'Bo');
    const anonymous = await joinRoom(browser, room?.url ?? '', null);

    // The room's scenarios only.
    const titles = await ada.locator('main h2, main h3').allTextContents();
    expect(titles.join(' ')).toContain('The forecast nobody uses');
    expect(titles.join(' ')).not.toContain('Cash only on sale Saturday');

    await openScenario(ada, 'The forecast nobody uses');
    await startByKeyboard(ada, 'coach');
    await openScenario(bo, 'The forecast nobody uses');
    await startByKeyboard(bo, 'assess');
    await openScenario(anonymous, 'The group chat that has to stop');
    await startByKeyboard(anonymous, 'coach');

    // Bo plays two turns, reloads, and carries on where he was.
    for (let turn = 0; turn < 2; turn++) {
      await bo.waitForSelector('.now .line');
      await bo.keyboard.press('2');
      await bo.waitForTimeout(150);
    }
    await bo.reload();
    await bo.waitForSelector('.now .line');
    expect(await bo.locator('#turn-heading').textContent()).toMatch(/^Turn 3/);

    // Then he switches to another phone with his resume link, and carries on there.
    await bo.click('.room-status summary');
    const resume = (await bo.locator('.room-status details a').getAttribute('href')) ?? '';
    expect(resume).toMatch(/#\/room\/resume\?token=/);
    const otherPhone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    otherPhone.on('dialog', (dialog) => void dialog.accept());
    await otherPhone.goto(resume);
    await otherPhone.waitForSelector('.now .line');
    expect(await otherPhone.locator('#turn-heading').textContent()).toMatch(/^Turn 3/);
    await bo.close();

    // Ada loses the Wi-Fi for two turns: they wait in her browser and go when it is back.
    await ada.context().setOffline(true);
    for (let turn = 0; turn < 2; turn++) {
      await ada.waitForSelector('.now .line');
      await ada.keyboard.press('1');
      await ada.waitForSelector('.feedback');
      await ada.keyboard.press('Enter');
    }
    await ada.waitForSelector('.room-status:has-text("waiting to reach the room")');
    await ada.context().setOffline(false);
    await ada.waitForSelector('.room-status:has-text("Every turn is with the room.")');

    await playByKeyboard(ada, () => 0);
    await playByKeyboard(otherPhone, () => 1);
    await playByKeyboard(anonymous, (turn) => turn);
    for (const page of [ada, otherPhone, anonymous]) {
      expect(await heading(page)).toMatch(/^Debrief: /);
      await page.waitForSelector('.room-status:has-text("Every turn is with the room.")');
    }

    await live.waitForSelector('[role="status"]:has-text("Live: 3 joined, 3 attempts")');
    const rows = live.locator('table').first().locator('tbody tr');
    // Every attempt ended, as the room worked it out from the turns it was sent.
    await expect
      .poll(async () => (await rows.allTextContents()).join(' | '), { timeout: 10_000 })
      .toMatch(/^(?!.*playing).*Ada.*The forecast nobody uses/);
    const table = (await rows.allTextContents()).join(' | ');
    expect(table).toContain('Bo');
    expect(table).toContain('Anonymous');
    expect(await live.locator('.room-heatmap').count()).toBe(2);
    expect(await live.locator('.room-heat').count()).toBeGreaterThan(8);
    await live.screenshot({ path: `${SHOTS}live-1280.png`, fullPage: true });
    expect(await axeViolations(live)).toEqual([]);

    // One click projects an attempt, with no name on it, into its debrief and what-if replay.
    await live.locator('button:has-text("Project")').first().click();
    await live.waitForSelector('h1:has-text("Debrief")');
    expect(await live.locator('main').textContent()).not.toContain('Ada');
    await live.click('button:has-text("Back to the room")');

    // The room stops and starts again on the same data: everything is still there.
    if (room) await stopRoom(room);
    room = await startRoom(data, port);
    const again = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await again.goto(`${room.url}#/room/live?key=${room.key}`);
    await again.waitForSelector('[role="status"]:has-text("Live: 3 joined, 3 attempts")');
    const after = (await again.locator('table').first().locator('tbody tr').allTextContents()).join(
      ' | ',
    );
    expect(after).toBe(table);
  });
});
