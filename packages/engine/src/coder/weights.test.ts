import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashString, normalizeText } from './features.js';
import { coderFromJson } from './load.js';
import { SHIPPED_WEIGHTS } from './shipped-weights.js';
import { CoderWeightsError, decodeWeights } from './weights.js';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CoderWeightsError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('the weights file', () => {
  it('names the file and the fault when the data was cut short', () => {
    const cut = { ...SHIPPED_WEIGHTS, data: SHIPPED_WEIGHTS.data.slice(0, 1000) };
    expect(errorOf(() => decodeWeights(cut, 'weights.json'))).toMatchInlineSnapshot(
      `"coder weights weights.json are unusable: the checksum does not match the data (a truncated or edited file?)"`,
    );
  });

  it('names the file when it is not JSON, or not coder weights', () => {
    expect(
      errorOf(() => coderFromJson('{"format": "rapp', 'my-weights.json')),
    ).toMatchInlineSnapshot(`"coder weights my-weights.json are unusable: not valid JSON"`);
    expect(errorOf(() => coderFromJson('{"format": "onnx"}', 'model.json'))).toMatchInlineSnapshot(
      `"coder weights model.json are unusable: format is not "rapport-coder""`,
    );
  });

  it('refuses a file that lacks a head the coder needs', () => {
    const data = SHIPPED_WEIGHTS.data;
    const heads = SHIPPED_WEIGHTS.heads.filter((h) => h.name !== 'move');
    const size = heads.reduce((n, h) => n + h.buckets * h.classes.length, 0);
    const sliced = data.slice(0, size);
    const file = {
      ...SHIPPED_WEIGHTS,
      heads,
      data: sliced,
      checksum: hashString(sliced).toString(16),
    };
    expect(errorOf(() => decodeWeights(file, 'old.json'))).toMatchInlineSnapshot(
      `"coder weights old.json are unusable: head "move" is missing"`,
    );
  });

  it("holds numbers only: no sentence of the team's labelled utterances is in it", () => {
    const shipped = readFileSync(
      fileURLToPath(new URL('./shipped-weights.ts', import.meta.url)),
      'utf8',
    );
    expect(SHIPPED_WEIGHTS.data).toMatch(/^[A-Za-z0-9-]+$/);
    const data = readFileSync(
      fileURLToPath(new URL('../../coder-data/it-utterances.jsonl', import.meta.url)),
      'utf8',
    );
    const phrases = [...data.matchAll(/"text":"([^"]{30,})"/g)].map((m) =>
      normalizeText(m[1] ?? '').slice(0, 30),
    );
    expect(phrases.length).toBeGreaterThan(400);
    const lowered = shipped.toLowerCase();
    expect(phrases.filter((p) => lowered.includes(p))).toEqual([]);
  });
});
