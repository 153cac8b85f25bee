import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, toTranscript } from '../compile/index.js';
import { loadScenario } from '../load/index.js';
import type { Scenario } from '../schema/index.js';
import { Transcript, withTypedReplies } from '../transcript.js';
import type { MoveCoder } from './coder.js';
import { loadShippedCoder } from './load.js';
import { describeReading, moveInWords, readOwnWords, typedReply } from './own-words.js';

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

function opening() {
  const node = scenario.nodes.opening;
  if (!node) throw new Error('no opening node');
  return node;
}

describe('own-words play in the engine', () => {
  it('reads nothing from a reply of spaces, so nothing is sent', () => {
    const node = opening();
    expect(readOwnWords(coder, '   \n ', node.says, node.options, false)).toBeUndefined();
  });

  it('codes a typed question and says what it heard in words', () => {
    const node = opening();
    const reading = readOwnWords(
      coder,
      'Forget the dashboard for a minute. How has the module been working for your people?',
      node.says,
      node.options,
      false,
    );
    if (!reading) throw new Error('no reading');
    expect(reading.read.move).toBe('open-question');
    expect(reading.match.option.id).toBe('ask-how-it-has-been');
    expect(describeReading(reading.read)).toMatch(/^read as an open question, 0\.\d\d$/);
  });

  it('names moves with or without an article', () => {
    expect(moveInWords('complex-reflection')).toBe('a complex reflection');
    expect(moveInWords('affirm')).toBe('an affirmation');
    expect(moveInWords('give-information')).toBe('giving information');
  });

  it.each([
    ['emoji only', '🙂🙂🙂'],
    ['another language', 'Wie läuft das Modul bei Ihrem Team seit der Einführung?'],
    ['HTML', '<script>alert(1)</script><b>hi</b>'],
    ['a 10,000-character paste', 'so '.repeat(3334)],
  ])('gives %s a low confidence and the two closest options', (_, text) => {
    const node = opening();
    const reading = readOwnWords(coder, text, node.says, node.options, false);
    expect(reading?.match.ask).toBe(true);
    expect(reading?.match.closest).toHaveLength(2);
  });

  it('records the typed words on the transcript, which still parses, and marks a correction', () => {
    const node = opening();
    const reading = readOwnWords(coder, 'How has it been going?', node.says, node.options, false);
    if (!reading) throw new Error('no reading');
    const other = node.options.find((o) => o.id !== reading.match.option.id);
    if (!other) throw new Error('one option only');
    const machine = compileScenario(scenario);
    const actor = createActor(machine, { input: { seed: 1 } }).start();
    actor.send({ type: 'CHOOSE', option: other.id });
    const plain = toTranscript(scenario, actor.getSnapshot(), { mode: 'coach' });
    const typed = withTypedReplies(plain, new Map([[0, typedReply(reading, other)]]));
    const parsed = Transcript.parse(JSON.parse(JSON.stringify(typed)));
    expect(parsed.turns[0]?.typed).toEqual({
      text: 'How has it been going?',
      move: reading.read.move,
      codes: [...reading.read.codes],
      confidence: expect.any(Number),
      corrected: true,
    });
    expect(parsed.turns[0]?.option).toBe(other.id);
    // A transcript saved before own-words play still loads, with no typed reply.
    expect(Transcript.parse(JSON.parse(JSON.stringify(plain))).turns[0]?.typed).toBeUndefined();
  });

  it('does not mark a reply played as matched as corrected', () => {
    const node = opening();
    const reading = readOwnWords(
      coder,
      'Forget the dashboard for a minute. How has the module been working for your people?',
      node.says,
      node.options,
      false,
    );
    if (!reading) throw new Error('no reading');
    expect(typedReply(reading, reading.match.option).corrected).toBeUndefined();
  });
});
