import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './json-schema.js';
import { scenarioJsonSchemaText } from './json-schema-file.js';

type JsonSchema = {
  $schema?: string;
  $id?: string;
  title?: string;
  required?: string[];
  properties?: Record<string, JsonSchema & { description?: string }>;
};

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as JsonSchema;

  it('is a titled draft 2020-12 schema without an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Rapport scenario');
    expect(schema.$id).toBeUndefined();
  });

  it('requires only what a file must say, not what has a default', () => {
    expect(schema.required).toMatchInlineSnapshot(`
      [
        "id",
        "title",
        "summary",
        "skills",
        "minutes",
        "difficulty",
        "briefing",
        "stakeholder",
        "nodes",
        "endings",
      ]
    `);
  });

  it('carries the descriptions written in the zod schema', () => {
    expect(schema.properties?.minutes?.description).toBe(
      'About how long it takes to play, in minutes.',
    );
  });

  it('matches the committed scenario.schema.json', () => {
    const url = new URL('../../scenario.schema.json', import.meta.url);
    const committed = readFileSync(fileURLToPath(url), 'utf8');
    expect(
      committed,
      'scenario.schema.json is stale: run `npx --yes pnpm --filter @rapport/engine schema` and commit it',
    ).toBe(scenarioJsonSchemaText());
  });
});
