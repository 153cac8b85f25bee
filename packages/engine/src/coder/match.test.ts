import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import type { Scenario } from '../schema/index.js';
import type { MoveCoder } from './coder.js';
import { loadShippedCoder } from './load.js';
import { matchOption, wordingSimilarity } from './match.js';

let coder: MoveCoder;
let scenario: Scenario;
beforeAll(async () => {
  coder = await loadShippedCoder();
  const file = fileURLToPath(
    new URL('../../../../scenarios/rollout-resistance.yaml', import.meta.url),
  );
  const loaded = loadScenario(readFileSync(file, 'utf8'), 'rollout-resistance.yaml');
  if (!loaded.ok) throw new Error('rollout-resistance does not load');
  scenario = loaded.scenario;
});

function atOpening(reply: string) {
  const node = scenario.nodes.opening;
  if (!node) throw new Error('no opening node');
  return matchOption(reply, coder.code(reply, node.says), node.options);
}

describe('matching a typed reply to a scripted option', () => {
  it("maps an open question in the learner's own words to the open-question option", () => {
    const match = atOpening(
      'Forget the dashboard for a minute. How has the module been working for your people?',
    );
    expect(match.option.id).toBe('ask-how-it-has-been');
    expect(match.by).toBe('move');
  });

  it('maps stating the figure to the give-information option', () => {
    const match = atOpening(
      "Last quarter nine per cent of North's orders went through the module; the other regions are near forty.",
    );
    expect(match.option.move).toBe('give-information');
  });

  it('asks the learner to choose between the two closest options when the reply is unreadable', () => {
    const match = atOpening('😀');
    expect(match.ask).toBe(true);
    expect(match.closest).toHaveLength(2);
    expect(match.closest[0]).not.toBe(match.closest[1]);
  });

  it('measures wording by shared words, ignoring case and small words', () => {
    expect(wordingSimilarity('The Dashboard is red', 'the dashboard, red')).toBe(1);
    expect(wordingSimilarity('How is the team?', 'Nine per cent of orders')).toBe(0);
  });
});
