import type { Condition, Range, Scenario } from '../schema/index.js';
import type { Transcript } from '../transcript.js';

/** A meter's value when the scenario never set it, as the engine reads a condition. */
const UNSET_METER = 50;

const meterValue = (meters: Readonly<Record<string, number>>, name: string): number =>
  meters[name] ?? UNSET_METER;

function rangeText(range: Range): string {
  if (range.min !== undefined && range.max !== undefined) {
    return `between ${range.min} and ${range.max}`;
  }
  if (range.min !== undefined) return `${range.min} or more`;
  return `${range.max} or less`;
}

/** Each range of a condition the meters fail, as "clarity 35, 40 needed". */
function misses(condition: Condition, meters: Readonly<Record<string, number>>): string[] {
  return Object.entries(condition).flatMap(([name, range]) => {
    const value = meterValue(meters, name);
    const low = range.min !== undefined && value < range.min;
    const high = range.max !== undefined && value > range.max;
    if (!low && !high) return [];
    const need =
      range.min !== undefined && range.max !== undefined
        ? rangeText(range)
        : low
          ? `${range.min}`
          : `${range.max} or less`;
    return [`${name} ${value}, ${need} needed`];
  });
}

/** Each range of a condition the meters meet, as "trust 40 (34 or more)". */
function meets(condition: Condition, meters: Readonly<Record<string, number>>): string[] {
  return Object.entries(condition).map(
    ([name, range]) => `${name} ${meterValue(meters, name)} (${rangeText(range)})`,
  );
}

/** "a", "a and b", "a, b and c". */
function inWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const holds = (condition: Condition, meters: Readonly<Record<string, number>>): boolean =>
  misses(condition, meters).length === 0;

/**
 * Why the conversation reached its ending, in the meters' own numbers: the conditions of the
 * endings the last answer could have led to and missed ("clarity 35, 40 needed for Straight
 * through the storm"), then the one that held. It follows the engine's order: an ending with
 * `when` is reached as soon as the meters meet it after any turn; otherwise the last answer's
 * branches are tried in order, the last without a condition. Undefined for an unfinished
 * conversation, or a transcript that no longer matches the scenario.
 */
export function endingReason(scenario: Scenario, transcript: Transcript): string | undefined {
  const ending = transcript.ending;
  const last = transcript.turns.at(-1);
  if (!ending || !last) return undefined;
  const after = last.after;
  const title = (id: string): string =>
    Object.hasOwn(scenario.endings, id) ? (scenario.endings[id]?.title ?? id) : id;
  for (const [id, candidate] of Object.entries(scenario.endings)) {
    if (!candidate.when || !holds(candidate.when, after)) continue;
    if (id !== ending.id) return undefined;
    return `${inWords(meets(candidate.when, after))} after turn ${transcript.turns.length} ends the conversation here, whatever the answer.`;
  }
  const node = Object.hasOwn(scenario.nodes, last.node) ? scenario.nodes[last.node] : undefined;
  const option = node?.options.find((candidate) => candidate.id === last.option);
  if (!option) return undefined;
  if (typeof option.next === 'string') {
    return option.next === ending.id
      ? 'your last answer leads to this ending whatever the meters.'
      : undefined;
  }
  const parts: string[] = [];
  for (const branch of option.next) {
    if (!branch.when || holds(branch.when, after)) {
      if (branch.to !== ending.id) return undefined;
      if (branch.when)
        parts.push(`${inWords(meets(branch.when, after))}: enough for ${ending.title}`);
      break;
    }
    if (branch.to === ending.id) continue;
    const where = Object.hasOwn(scenario.endings, branch.to)
      ? title(branch.to)
      : 'the conversation to go on';
    parts.push(`${inWords(misses(branch.when, after))} for ${where}`);
  }
  if (parts.length === 0) return 'your last answer leads to this ending whatever the meters.';
  return `${parts.join('; ')}.`;
}
