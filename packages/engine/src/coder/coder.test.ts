import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkScenario } from '../check/index.js';
import {
  coderFamily,
  createCoder,
  fuseMoves,
  headOutputs,
  LOW_CONFIDENCE,
  type MoveCoder,
} from './coder.js';
import { loadShippedCoder } from './load.js';
import { SHIPPED_WEIGHTS } from './shipped-weights.js';
import { decodeWeights } from './weights.js';

let coder: MoveCoder;
beforeAll(async () => {
  coder = await loadShippedCoder();
});

const REFLECTIONS = ['simple-reflection', 'complex-reflection', 'summarize'];

describe('the shipped coder', () => {
  it('reads a restatement of the stakeholder as a reflection, with its MITI code', () => {
    const result = coder.code(
      'So the module asks your team for the same thing twice.',
      'Every order has to be typed into the module and then into our tracker as well.',
    );
    expect(REFLECTIONS).toContain(result.move);
    expect(result.family).toBe('listening');
    expect(result.codes.some((c) => c.endsWith('-reflection'))).toBe(true);
  });

  it("reads the issue's own example as a reflection without any context", () => {
    expect(REFLECTIONS).toContain(
      coder.code('So the module asks your team for the same thing twice.').move,
    );
  });

  it('tells an open question from a closed one and from giving information', () => {
    const context =
      'The new laptops came without admin rights and my engineers cannot install anything.';
    expect(coder.code('What do your engineers need to install most often?', context).move).toBe(
      'open-question',
    );
    expect(coder.code('Is it the compilers they cannot install?', context).move).toBe(
      'closed-question',
    );
    expect(
      coder.code('There is a self-service portal with two hundred approved packages.', context)
        .family,
    ).toBe('neutral');
  });

  it('hears pulling rank and insisting as insistence, not as listening', () => {
    const context = 'I do not see why my team has to move to the central build system.';
    for (const reply of [
      'The CIO signed this off, so it is not up for debate.',
      'Every team is moving by the end of March, and yours is no exception.',
    ]) {
      expect(coderFamily(coder.code(reply, context).move)).toBe('insistence');
    }
  });

  it('gives each alternative a probability, best first, and a confidence between 0 and 1', () => {
    const result = coder.code('Thanks for making the time, I know your week is packed.');
    expect(result.alternatives[0]?.move).toBe(result.move);
    const probabilities = result.alternatives.map((a) => a.probability);
    expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });
});

describe('coding a reply again', () => {
  const weights = decodeWeights(SHIPPED_WEIGHTS, 'shipped');
  const lines = [
    'Every order has to be typed into the module and then into our tracker as well.',
    'I do not see why my team has to move to the central build system.',
    '',
  ];
  const replies = [
    'So the module asks your team for the same thing twice.',
    'What would make the move worth it for your team?',
    'The CIO signed this off, so it is not up for debate.',
  ];

  it('gives the same answer against any line, whatever the coder coded before', () => {
    const warm = createCoder(weights);
    for (let round = 0; round < 2; round++) {
      for (const line of lines) {
        for (const reply of replies) {
          expect(warm.code(reply, line)).toEqual(createCoder(weights).code(reply, line));
        }
      }
    }
  });

  it('adds up to the heads read from scratch, number for number', () => {
    const warm = createCoder(weights);
    for (const line of lines) {
      for (const reply of replies) {
        const p = fuseMoves(weights, headOutputs(weights, reply, line));
        const best = Math.max(...p);
        expect(warm.code(reply, line).confidence).toBe(best);
      }
    }
  });
});

describe('bad input', () => {
  it('codes an empty reply as nothing, with confidence 0 and a reason', () => {
    expect(coder.code('   ')).toMatchObject({
      move: 'other',
      codes: [],
      confidence: 0,
      notes: ['nothing to code: the reply is empty'],
    });
  });

  it('gives emoji only a low-confidence other', () => {
    const result = coder.code('😀👍🎉');
    expect(result.move).toBe('other');
    expect(result.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(result.notes).toEqual(['no words to code (only symbols, numbers or emoji)']);
  });

  it('says another language is not English and keeps the confidence low', () => {
    const result = coder.code('No quiero usar este sistema porque es muy lento y complicado.');
    expect(result.confidence).toBeLessThanOrEqual(0.3);
    expect(result.notes).toEqual(['does not read as English; the coder knows English only']);
  });

  it('codes a 10,000-character paste on its beginning, quickly, and says so', () => {
    const paste = 'It sounds like the rollout has been hard on your team. '
      .repeat(200)
      .slice(0, 10_000);
    const started = performance.now();
    const result = coder.code(paste);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.notes).toContain('very long: only the first 2,000 characters were coded');
  });

  it('reads HTML as its text: the tags change nothing', () => {
    const plain = coder.code('It sounds like you feel left out of the decision.');
    const html = coder.code('<p><b>It sounds like</b> you feel left out of the decision.</p>');
    expect(html.move).toBe(plain.move);
    expect(html.confidence).toBeCloseTo(plain.confidence, 2);
  });
});

describe('the check lint', () => {
  const file = fileURLToPath(new URL('../../test/fixtures/coder/mis-tagged.yaml', import.meta.url));
  const text = readFileSync(file, 'utf8');

  it('warns where an option is tagged one move and confidently reads as another', () => {
    const report = checkScenario(text, 'mis-tagged.yaml', { coder });
    const lint = report.warnings.filter((w) => w.message.includes('is tagged'));
    expect(lint).toHaveLength(1);
    expect(lint[0]?.message).toMatch(
      /^option "state-figures" is tagged complex-reflection; reads as give-information, 0\.\d\d$/,
    );
    expect(lint[0]?.path).toEqual(['nodes', 'opening', 'options', 1, 'move']);
    expect(lint[0]?.line).toBeGreaterThan(0);
  });

  it('stays quiet without a coder, so the check runs the same where the weights are not loaded', () => {
    const report = checkScenario(text, 'mis-tagged.yaml');
    expect(report.warnings.filter((w) => w.message.includes('is tagged'))).toEqual([]);
  });
});
