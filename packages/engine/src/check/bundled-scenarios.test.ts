import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playChoices, viewConversation } from '../compile/index.js';
import { loadScenario } from '../load/index.js';
import { effectiveFamily, MOVE_IDS, type MoveFamily } from '../moves.js';
import { GOLDEN_KINDS, type GoldenKind, type Outcome, type Scenario } from '../schema/index.js';
import { scoreTranscript } from '../score/index.js';
import { checkScenario } from './check-scenario.js';

const dir = fileURLToPath(new URL('../../../../scenarios/', import.meta.url));
const files = readdirSync(dir).filter((file) => file.endsWith('.yaml'));
const FLAGSHIPS = ['rollout-resistance', 'shadow-it', 'compliance-override'];
const RANK: Record<Outcome, number> = { escalation: 0, stalemate: 1, partial: 2, breakthrough: 3 };

function loadScenarioOrThrow(text: string, id: string): Scenario {
  const result = loadScenario(text, `${id}.yaml`);
  if (!result.ok) throw new Error(`${id} does not load`);
  return result.scenario;
}

/** Plays a scenario choosing, at every turn, the first option of the wanted family. */
function playAlways(scenario: Scenario, family: (turn: number) => MoveFamily) {
  const choices: string[] = [];
  for (let turn = 0; turn < 40; turn++) {
    const view = viewConversation(scenario, playChoices(scenario, choices).snapshot);
    if (view.kind !== 'node') break;
    const familyOf = (move: (typeof view.options)[number]['move']) =>
      effectiveFamily(move, view.nonNegotiable !== undefined);
    const pick =
      view.options.find((option) => familyOf(option.move) === family(turn)) ?? view.options[0];
    if (!pick) break;
    choices.push(pick.id);
  }
  return playChoices(scenario, choices).transcript;
}

describe.each(files)('scenarios/%s', (file) => {
  const report = checkScenario(readFileSync(dir + file, 'utf8'), `scenarios/${file}`);
  const id = file.replace(/\.yaml$/, '');
  const flagship = FLAGSHIPS.includes(id);

  it('passes rapport check with no errors and no warnings, golden transcripts included', () => {
    expect(report.errors.map((p) => p.message)).toEqual([]);
    expect(report.warnings.map((p) => p.message)).toEqual([]);
    expect(report.id).toBe(id);
  });

  it('is not won by a blind strategy: a file position, one move, or the sound of the words', () => {
    const probes = report.analysis?.probes;
    expect(probes?.position.length).toBeGreaterThan(0);
    const won = [...(probes?.position ?? []), ...(probes?.wording ?? [])].filter(
      (probe) => probe.outcome === 'breakthrough',
    );
    expect(won).toEqual([]);
  });

  it('is won by a learner choosing at random at most one time in five, and at least one in 100', () => {
    const random = report.analysis?.probes.random;
    expect(random?.exact).toBe(true);
    expect(random?.breakthrough).toBeLessThanOrEqual(0.2);
    expect(random?.breakthrough).toBeGreaterThanOrEqual(0.01);
  });

  it('carries the four golden conversations a workshop compares', () => {
    const scenario = loadScenarioOrThrow(readFileSync(dir + file, 'utf8'), id);
    const kinds = new Set(scenario.tests.map((test) => test.kind));
    expect([...Object.keys(GOLDEN_KINDS)].filter((kind) => !kinds.has(kind as GoldenKind))).toEqual(
      [],
    );
  });

  it('is as big and as varied as a scenario participants meet should be', () => {
    const stats = report.stats;
    expect(stats?.nodes).toBeGreaterThanOrEqual(flagship ? 12 : 8);
    expect(stats?.endings).toBeGreaterThanOrEqual(3);
    expect(stats?.outcomes.length).toBeGreaterThanOrEqual(3);
    expect(report.analysis?.goodMitiPath).toBeTruthy();
    expect(report.analysis?.pureInsistencePath).toBeFalsy();
  });
});

describe.each(FLAGSHIPS)('playing %s three ways', (id) => {
  const text = readFileSync(`${dir}${id}.yaml`, 'utf8');
  const scenario = loadScenarioOrThrow(text, id);

  it('uses at least 10 moves, with three options from two families at every node', () => {
    const moves = new Set(
      Object.values(scenario.nodes).flatMap((n) => n.options.map((o) => o.move)),
    );
    expect(moves.size).toBeGreaterThanOrEqual(10);
    expect([...moves].every((move) => MOVE_IDS.includes(move))).toBe(true);
    for (const node of Object.values(scenario.nodes)) {
      expect(node.options.length).toBeGreaterThanOrEqual(3);
      const families = new Set(
        node.options.map((o) => effectiveFamily(o.move, node.nonNegotiable !== undefined)),
      );
      expect(families.size).toBeGreaterThanOrEqual(2);
    }
    const varied = Object.values(scenario.nodes).filter((node) => node.variants.length > 0);
    expect(varied.length * 3).toBeGreaterThanOrEqual(Object.keys(scenario.nodes).length);
  });

  it('rewards listening over insisting, and never lets insisting win', () => {
    const listening = playAlways(scenario, () => 'listening');
    const insisting = playAlways(scenario, () => 'insistence');
    const mixed = playAlways(scenario, (turn) => (turn % 2 ? 'insistence' : 'listening'));
    const rank = (t: typeof listening) => RANK[t.ending?.outcome ?? 'escalation'];

    expect(insisting.ending?.outcome).toBe('escalation');
    expect(scoreTranscript(insisting).listeningRatio.value).toBe(0);
    expect(rank(listening)).toBeGreaterThan(rank(insisting));
    // Slipping a listening move between pushes no longer hides them: it may end as badly.
    expect(rank(mixed)).toBeGreaterThanOrEqual(rank(insisting));
    expect(scoreTranscript(listening).listeningRatio.band).toBe('good');
    if (id === 'compliance-override') {
      // Listening without ever holding the line must not be a breakthrough here.
      expect(listening.ending?.outcome).not.toBe('breakthrough');
    } else {
      expect(rank(listening)).toBeGreaterThanOrEqual(rank(mixed));
    }
  });
});
