import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  debriefTranscript,
  playChoices,
  type Scenario,
  Transcript,
  viewConversation,
} from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { fakeStreams } from '../../test/fake-streams.js';
import { playFixture, playFixturePath } from '../../test/load-play-fixture.js';
import { listScenarios, resolveScenario, scenariosDir } from '../library/index.js';
import { figureRows } from './debrief/index.js';
import { runPlay } from './run-play.js';

type Case = { name: string; file: string; scenario: Scenario; options: string[] };

/** A seed that shows options out of file order in most scenarios. */
const SEED = 1234;

/** The 1-based numbers a learner would type for these option ids, as the seed shows them. */
function numbersFor(scenario: Scenario, options: readonly string[]): number[] {
  return options.map((option, i) => {
    const view = viewConversation(
      scenario,
      playChoices(scenario, options.slice(0, i), { seed: SEED }).snapshot,
    );
    if (view.kind !== 'node') throw new Error(`${scenario.id}: ended before ${option}`);
    return view.options.findIndex((offered) => offered.id === option) + 1;
  });
}

// Every scenario in the library, by its first golden transcript; the fixture always, so the test
// runs before the flagships exist and covers each one as it lands.
const library = await listScenarios(scenariosDir());
const cases: Case[] = [
  {
    name: 'two-roads (fixture)',
    file: playFixturePath('two-roads'),
    scenario: await playFixture('two-roads'),
    options: ['push', 'ask', 'hold'],
  },
];
for (const entry of library.entries) {
  const resolved = await resolveScenario(entry.file);
  if (!resolved.ok) continue;
  const golden = resolved.scenario.tests[0];
  if (golden) {
    cases.push({
      name: `${entry.id}: ${golden.name}`,
      file: entry.file,
      scenario: resolved.scenario,
      options: golden.choices,
    });
  }
}

describe('a scripted playthrough (--choices) scores as the engine does', () => {
  // The best option at the weakest turn is found by exploring the scenario, which takes a while.
  it.each(cases)('$name', { timeout: 60_000 }, async ({ file, scenario, options }) => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-scripted-'));
    const saved = join(dir, 'attempt.json');
    const streams = fakeStreams();
    const code = await runPlay({
      target: file,
      assess: false,
      choices: numbersFor(scenario, options),
      seed: SEED,
      transcript: saved,
      ...streams,
    });
    expect({ code, err: streams.err() }).toEqual({ code: 0, err: '' });

    // the saved attempt is the engine's transcript of the same choices, so it scores the same
    const { transcript } = playChoices(scenario, options, { seed: SEED });
    const parsed = Transcript.parse(JSON.parse(await readFile(saved, 'utf8')));
    expect({ ...parsed, startedAt: undefined, finishedAt: undefined }).toEqual(transcript);
    const expected = debriefTranscript(scenario, transcript);

    const out = streams.out();
    expect(out).toContain(`Seed ${SEED}: replay with --seed ${SEED}`);
    expect(out).toContain(`${expected.outcome?.title} (${expected.outcome?.outcome})`);
    for (const row of figureRows(expected)) {
      expect(out).toContain(`${row.label.padEnd(29)}${row.value.padEnd(5)}`);
    }
  });
});
