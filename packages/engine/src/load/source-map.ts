import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  Pair,
  visit,
  YAMLMap,
  type Node as YamlNode,
} from 'yaml';
import { MAX_ALIAS_COUNT } from './limits.js';
import type { Locate, Path, SourcePosition } from './types.js';

export type SourceMap = {
  /** The value at path (the key, for a section), or its nearest existing ancestor. */
  readonly locate: Locate;
  /** The key that names the value at path; for unknown keys and bad ids. */
  readonly locateKey: Locate;
  readonly position: (offset: number) => SourcePosition;
};

/** Positions of paths in a parsed YAML (or JSON) document, following aliases to their anchors. */
export function sourceMap(doc: Document.Parsed, lines: LineCounter): SourceMap {
  const position = (offset: number): SourcePosition => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  let anchors: Map<unknown, YamlNode> | undefined;
  const resolve = (node: unknown): unknown => {
    if (!isAlias(node)) return node;
    // Built on first use: most documents have no aliases and most paths never meet one.
    anchors ??= anchorTargets(doc);
    return anchors.get(node) ?? node;
  };

  const find = (path: Path): { value: unknown; key: unknown } => {
    let value: unknown = doc.contents;
    let key: unknown;
    for (const segment of path) {
      const node = resolve(value);
      if (isMap(node)) {
        const pair =
          node.items.find(
            (item) => isScalar(item.key) && String(item.key.value) === String(segment),
          ) ?? pairByValueKey(doc, node, segment);
        if (!pair) break;
        key = pair.key;
        value = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        key = undefined;
        value = node.items[segment];
      } else {
        break;
      }
    }
    return { value, key };
  };

  const startOf = (node: unknown): number | undefined => {
    if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
    const range = (node as YamlNode).range;
    return range ? range[0] : undefined;
  };
  const isEmpty = (node: unknown): boolean =>
    isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];

  const locate: Locate = (path) => {
    const { value, key } = find(path);
    const keyStart = startOf(key);
    if (keyStart !== undefined && (isCollection(value) || value === null || isEmpty(value))) {
      return position(keyStart);
    }
    const start = startOf(value) ?? keyStart;
    return start === undefined ? { line: 1, column: 1 } : position(start);
  };
  const locateKey: Locate = (path) => {
    const { key } = find(path);
    const keyStart = startOf(key);
    return keyStart === undefined ? locate(path) : position(keyStart);
  };
  return { locate, locateKey, position };
}

/**
 * The pair whose key the values hold as `segment` when that key is not a plain scalar: a list,
 * a section or an alias used as a key becomes text in the values, which yaml makes here as it
 * does when it reads the whole file. Only such keys are tried; they are rare, and always wrong.
 */
function pairByValueKey(doc: Document.Parsed, map: YAMLMap, segment: string | number) {
  return map.items.find((item) => {
    if (isScalar(item.key)) return false;
    const alone = new YAMLMap();
    alone.items.push(new Pair(item.key, null));
    try {
      return (
        Object.keys(alone.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }))[0] === String(segment)
      );
    } catch {
      return false;
    }
  });
}

/** Each alias and the node it stands for: the last node before it with the same anchor. */
function anchorTargets(doc: Document.Parsed): Map<unknown, YamlNode> {
  const latest = new Map<string, YamlNode>();
  const targets = new Map<unknown, YamlNode>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = latest.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) {
        latest.set(node.anchor, node);
      }
    },
  });
  return targets;
}

/** A locate for a file that was never parsed: nothing in it has a place. */
export const nowhere: Locate = () => ({ line: 0, column: 0 });
