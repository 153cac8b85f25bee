import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Transcript } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTmux, type TmuxSession } from './tmux.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const build = 'packages/terminal/scripts/build.mjs';
let session: TmuxSession | undefined;

beforeAll(() => {
  if (!existsSync(`${root}/${build}`)) return;
  const built = spawnSync(process.execPath, [build], { cwd: root, encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
});

afterAll(() => session?.kill());

const REPLIES = [
  'How has the module been working for your people so far?',
  'So the module asks your team for the same thing twice.',
  'It sounds like your team has carried most of the extra work.',
  'What would make it easier for your team?',
  'Would it help if we looked at that together?',
];

async function either(
  terminal: TmuxSession,
  texts: readonly string[],
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = terminal.screen();
    if (texts.some((text) => shown.includes(text))) return shown;
    if (Date.now() > deadline) throw new Error(`waited for ${texts.join(' or ')}:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('rapport play --own-words in a real terminal', () => {
  it('plays rollout-resistance from typed replies to a debrief and saves the typed words', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-own-words-')), 'attempt.json');
    session = startTmux(
      `rapport-own-words-e2e-${process.pid}`,
      `node packages/terminal/bin/rapport.mjs play rollout-resistance --own-words --seed 5 --transcript ${file}; echo "rapport exited $?"; sleep 120`,
      { cwd: root, columns: 100, rows: 50 },
    );
    const terminal = session;
    let briefing = await terminal.waitFor('Enter ', 30_000);
    expect(briefing).toContain('In your own words: you type each reply');
    for (let page = 0; !briefing.includes('Enter start the conversation'); page += 1) {
      expect(page).toBeLessThan(5);
      terminal.send('Enter');
      await terminal.waitFor(`page ${page + 2}/`);
      briefing = terminal.screen();
    }
    terminal.send('Enter');
    await terminal.waitFor('(in your own words)', 30_000);
    // An empty reply: a message, and nothing sent.
    terminal.send('Enter');
    await terminal.waitFor('an empty reply is not sent');

    let sawReading = false;
    for (let turn = 0; ; turn += 1) {
      expect(turn).toBeLessThan(30);
      const reply = REPLIES[Math.min(turn, REPLIES.length - 1)] as string;
      terminal.send('-l', reply);
      await terminal.waitFor(reply.slice(-20));
      terminal.send('Enter');
      const review = await either(terminal, ['Another?', 'closer to what you meant']);
      if (/read as/.test(review)) sawReading = true;
      terminal.send(review.includes('Another?') ? 'Enter' : '1');
      const feedback = await either(terminal, ['Enter continue', 'Enter see the debrief']);
      expect(feedback).toContain('Move: ');
      expect(feedback).toContain('Played as: ');
      terminal.send('Enter');
      const next = await either(terminal, ['(in your own words)', 'Listening ratio']);
      if (next.includes('Listening ratio')) break;
    }
    expect(sawReading).toBe(true);
    await terminal.waitFor('Transcript saved to');
    terminal.send('q');
    expect(await terminal.waitFor('rapport exited')).toContain('rapport exited 0');
    const saved = Transcript.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(saved.turns[0]?.typed?.text).toBe(REPLIES[0]);
    expect(saved.turns.every((turn) => turn.typed !== undefined)).toBe(true);
  }, 120_000);
});
