import { render } from 'ink-testing-library';
import { expect, it, vi } from 'vitest';
import { KEYS, press } from '../../test/keys.js';
import { playFixture } from '../../test/load-play-fixture.js';
import { App, type AppResult } from './app.js';

const scenario = await playFixture('two-roads');

it('draws the briefing before the session has loaded, and keeps the keys pressed on it', {
  timeout: 30_000,
}, async () => {
  const result: AppResult = { quit: false, problems: [] };
  const { stdin, lastFrame } = render(
    <App mode="coach" scenario={scenario} result={result} seed={1} />,
  );
  // Drawn at once: nothing has been awaited yet, so the session module cannot have loaded.
  expect(lastFrame()).toContain('Enter start the conversation');
  expect(lastFrame()).toContain('Two roads');
  stdin.write(KEYS.enter);
  await vi.waitFor(() => expect(lastFrame()).toContain('Turn 1'), { timeout: 15_000 });
  // seed 1 shows the open question first
  await press(stdin, '1');
  expect(lastFrame()).toContain('Move: Open question (listening)');
});
