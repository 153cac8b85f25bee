import * as z from 'zod';
import { Scenario } from './scenario-schema.js';

/**
 * The scenario format as a JSON Schema (draft 2020-12) for editors: completion and checks while a
 * facilitator types. Generated from the zod schema, so the two cannot drift; it describes the file
 * as written, so keys with defaults are optional.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    title: 'Rapport scenario',
    description:
      'A conversation-practice scenario for Rapport: a briefing, a stakeholder, the conversation nodes and how it can end.',
    ...schema,
  };
}
