import type { Condition, Range, Scenario } from '../schema/index.js';
import { didYouMean } from './did-you-mean.js';
import type { Finding, Path } from './types.js';

/** The two meters every scenario has, declared or not. */
const CORE_METERS = ['resistance', 'trust'];

/**
 * What the schema cannot see: ids that must name something that exists, ids that must not clash,
 * meters that must be declared, branch lists that always lead somewhere, and ranges that can
 * match. Runs on a scenario that passed the schema.
 */
export function referenceFindings(scenario: Scenario): Finding[] {
  const found: Finding[] = [];
  const nodeIds = Object.keys(scenario.nodes);
  const endingIds = Object.keys(scenario.endings);
  const targets = [...nodeIds, ...endingIds];
  const meters = [...new Set([...CORE_METERS, ...Object.keys(scenario.meters)])];

  if (nodeIds.length === 0) {
    found.push({ path: ['nodes'], message: 'nodes is empty; a scenario needs at least one node' });
  }
  if (endingIds.length === 0) {
    found.push({
      path: ['endings'],
      message: 'endings is empty; a scenario needs at least one ending',
    });
  }
  for (const id of endingIds) {
    if (Object.hasOwn(scenario.nodes, id)) {
      found.push({
        path: ['endings', id],
        atKey: true,
        message: `"${id}" is both a node and an ending; give them different ids`,
      });
    }
  }

  if (scenario.start !== undefined && !Object.hasOwn(scenario.nodes, scenario.start)) {
    const isEnding = Object.hasOwn(scenario.endings, scenario.start);
    found.push(
      reference(
        ['start'],
        scenario.start,
        nodeIds,
        isEnding
          ? `start must name a node, and "${scenario.start}" is an ending`
          : `no node is called "${scenario.start}"`,
      ),
    );
  }

  const checkTarget = (path: Path, id: string): void => {
    if (!Object.hasOwn(scenario.nodes, id) && !Object.hasOwn(scenario.endings, id)) {
      found.push(reference(path, id, targets, `no node or ending is called "${id}"`));
    }
  };
  const checkCondition = (path: Path, condition: Condition | undefined): void => {
    if (!condition) return;
    for (const [meter, range] of Object.entries(condition)) {
      checkMeter([...path, meter], meter, meters, found);
      checkRange([...path, meter], range, found);
    }
  };

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const nodePath = ['nodes', nodeId];
    node.variants.forEach((variant, index) => {
      checkCondition([...nodePath, 'variants', index, 'when'], variant.when);
    });
    const firstUse = new Map<string, number>();
    node.options.forEach((option, index) => {
      const optionPath = [...nodePath, 'options', index];
      const earlier = firstUse.get(option.id);
      if (earlier === undefined) firstUse.set(option.id, index);
      else {
        found.push({
          path: [...optionPath, 'id'],
          message: `option id "${option.id}" is already used by option ${earlier + 1} of this node; option ids must differ within a node`,
          found: option.id,
        });
      }
      checkCondition([...optionPath, 'when'], option.when);
      for (const meter of Object.keys(option.effects ?? {})) {
        checkMeter([...optionPath, 'effects', meter], meter, meters, found);
      }
      const next = option.next;
      if (typeof next === 'string') {
        checkTarget([...optionPath, 'next'], next);
        return;
      }
      next.forEach((branch, branchIndex) => {
        const branchPath = [...optionPath, 'next', branchIndex];
        const last = branchIndex === next.length - 1;
        if (!last && branch.when === undefined) {
          found.push({
            path: branchPath,
            message:
              'only the last branch may leave out "when": this one always matches, so the branches after it are never tried',
          });
        }
        if (last && branch.when !== undefined) {
          found.push({
            path: [...branchPath, 'when'],
            atKey: true,
            message:
              'the last branch must leave out "when", so the conversation always has somewhere to go',
          });
        }
        checkCondition([...branchPath, 'when'], branch.when);
        checkTarget([...branchPath, 'to'], branch.to);
      });
    });
  }

  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    checkCondition(['endings', endingId, 'when'], ending.when);
  }

  scenario.tests.forEach((test, index) => {
    const testPath = ['tests', index];
    if (!Object.hasOwn(scenario.endings, test.ending)) {
      found.push(
        reference(
          [...testPath, 'ending'],
          test.ending,
          endingIds,
          `no ending is called "${test.ending}"`,
        ),
      );
    }
    for (const [figure, range] of Object.entries(test.expect ?? {})) {
      if (range) checkRange([...testPath, 'expect', figure], range, found);
    }
  });
  return found;
}

function reference(
  path: Path,
  id: string,
  candidates: readonly string[],
  message: string,
): Finding {
  const suggestion = didYouMean(id, candidates);
  return { path, message, found: id, ...(suggestion ? { suggestion } : {}) };
}

function checkMeter(path: Path, meter: string, meters: readonly string[], found: Finding[]): void {
  if (meters.includes(meter)) return;
  const suggestion = didYouMean(meter, meters);
  found.push({
    path,
    atKey: true,
    message: suggestion
      ? `no meter is called "${meter}"`
      : `no meter is called "${meter}"; declare it under meters to add it`,
    expected: meters.join(', '),
    found: meter,
    ...(suggestion ? { suggestion } : {}),
  });
}

function checkRange(path: Path, range: Range, found: Finding[]): void {
  if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
    found.push({
      path,
      atKey: true,
      message: `min ${range.min} is greater than max ${range.max}, so this can never match`,
    });
  }
}
