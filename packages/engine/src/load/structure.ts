import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  type Node as YamlNode,
} from 'yaml';
import { MAX_DEPTH } from './limits.js';

export type StructureProblem = {
  readonly reason: 'limit' | 'syntax';
  readonly offset: number;
  readonly message: string;
};

export const TOO_DEEP = `this is nested more than ${MAX_DEPTH} levels deep; a scenario never needs that many`;

export type Structure = {
  readonly problems: StructureProblem[];
  /** An alias appears: only then can the values nest deeper than the document itself does. */
  readonly aliases: boolean;
  /**
   * A key is "__proto__", or may become it once read (an alias or a section used as a key):
   * only then must the values be searched for "__proto__" keys the schema cannot see.
   */
  readonly protoKeys: boolean;
};

/**
 * What yaml accepts but a loader must not turn into values: nesting deeper than MAX_DEPTH,
 * aliases that point at nothing or at a section that contains them (which would repeat forever),
 * and a key written twice in one section (checked here with a set, because yaml's own check
 * compares every pair of keys and takes minutes on a hostile file). Also says whether the
 * values need the two walks only some files need: aliases and "__proto__" keys are rare.
 * Walks the tree without recursion, in document order, so anchors are met before their aliases.
 */
export function checkStructure(doc: Document.Parsed): Structure {
  const problems: StructureProblem[] = [];
  let aliases = false;
  let protoKeys = false;
  const anchors = new Map<string, unknown>();
  const open = new Set<unknown>();
  type Step = { readonly node: unknown; readonly depth: number; readonly leave?: true };
  const stack: Step[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const node = step.node;
    if (step.leave) {
      open.delete(node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const offset = (node as YamlNode).range?.[0] ?? 0;
    if (isAlias(node)) {
      aliases = true;
      const target = anchors.get(node.source);
      if (target === undefined) {
        problems.push({
          reason: 'syntax',
          offset,
          message: `the alias *${node.source} refers to no anchor &${node.source} above it`,
        });
      } else if (open.has(target)) {
        problems.push({
          reason: 'syntax',
          offset,
          message: `the alias *${node.source} sits inside &${node.source} itself, so it would repeat forever`,
        });
      }
      continue;
    }
    if (isPair(node)) {
      stack.push({ node: node.value, depth: step.depth }, { node: node.key, depth: step.depth });
      continue;
    }
    const anchor = (node as YamlNode).anchor;
    if (anchor) anchors.set(anchor, node);
    if (!isCollection(node)) continue;
    const depth = step.depth + 1;
    if (depth > MAX_DEPTH) {
      problems.push({ reason: 'limit', offset, message: TOO_DEEP });
      return { problems, aliases, protoKeys };
    }
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) {
          protoKeys = true;
          continue;
        }
        const key = String(pair.key.value);
        if (key === '__proto__') protoKeys = true;
        if (keys.has(key)) {
          problems.push({
            reason: 'syntax',
            offset: pair.key.range?.[0] ?? offset,
            message: `"${key}" appears twice in the same section; each key may appear once`,
          });
        }
        keys.add(key);
      }
    }
    open.add(node);
    stack.push({ node, depth, leave: true });
    for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], depth });
  }
  return { problems, aliases, protoKeys };
}

/** The path of the first value deeper than MAX_DEPTH once aliases are expanded, if any. */
export function findDeepValue(value: unknown): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= MAX_DEPTH) return path;
    if (Array.isArray(current)) {
      current.forEach((item, index) => {
        stack.push({ value: item, path: [...path, index] });
      });
    } else {
      for (const [key, item] of Object.entries(current))
        stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}
