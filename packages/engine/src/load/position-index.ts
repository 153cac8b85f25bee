import {
  type Document,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node as YamlNode,
} from 'yaml';
import type { SourceMap } from './source-map.js';
import type { Locate, Path, SourcePosition } from './types.js';

/**
 * One section or list of the document, as positions only: for each entry, where its key and its
 * value start (-1 when not written), whether a problem about it points at the key, and the
 * entry's own section or list. Keys are null for a list.
 */
export type Positions = {
  readonly keys: string[] | null;
  readonly keyStart: Int32Array | number[];
  readonly valueStart: Int32Array | number[];
  readonly atKey: Uint8Array | number[];
  readonly children: (Positions | undefined)[];
};

/**
 * The same answers as `sourceMap`, from positions copied out of the document, so the document
 * (tens of megabytes of nodes for a large file) can be let go before the analysis runs.
 * Undefined when the document holds an alias or a key that is not plain text: those files are
 * rare and small, and keep the full source map, which follows aliases and reads such keys.
 */
export function positionIndex(doc: Document.Parsed, lines: LineCounter): SourceMap | undefined {
  const contents = doc.contents as unknown;
  let plain = true;
  const copy = (node: unknown): Positions | undefined => {
    if (!plain) return undefined;
    if (isMap(node)) {
      const n = node.items.length;
      const positions: Positions = {
        keys: new Array<string>(n),
        keyStart: new Int32Array(n),
        valueStart: new Int32Array(n),
        atKey: new Uint8Array(n),
        children: new Array(n),
      };
      for (let i = 0; i < n; i++) {
        const item = node.items[i];
        if (!item || !isScalar(item.key)) {
          plain = false;
          return undefined;
        }
        (positions.keys as string[])[i] = String(item.key.value);
        positions.keyStart[i] = startOf(item.key) ?? -1;
        fill(positions, i, item.value);
      }
      return positions;
    }
    if (isSeq(node)) {
      const n = node.items.length;
      const positions: Positions = {
        keys: null,
        keyStart: new Int32Array(n).fill(-1),
        valueStart: new Int32Array(n),
        atKey: new Uint8Array(n),
        children: new Array(n),
      };
      for (let i = 0; i < n; i++) fill(positions, i, node.items[i]);
      return positions;
    }
    if (node !== null && typeof node === 'object' && !isScalar(node)) plain = false;
    return undefined;
  };
  const fill = (positions: Positions, i: number, value: unknown) => {
    positions.valueStart[i] = startOf(value) ?? -1;
    positions.atKey[i] = pointsAtKey(value) ? 1 : 0;
    positions.children[i] = copy(value);
  };

  const root = copy(contents);
  if (!plain) return undefined;
  return sourceMapOf(root, startOf(contents) ?? -1, lines);
}

/**
 * A source map over positions: the root section or list, where the root value starts, and the
 * file's line starts. Also made by readPlainYaml, which never builds a yaml document.
 */
export function sourceMapOf(
  root: Positions | undefined,
  rootStart: number,
  lines: LineCounter,
): SourceMap {
  const position = (offset: number): SourcePosition => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };

  /** The entry the path ends at (or its nearest existing ancestor): key start, value start, atKey. */
  const find = (path: Path): { keyStart: number; valueStart: number; atKey: boolean } => {
    let current = root;
    let keyStart = -1;
    let valueStart = rootStart;
    let atKey = false;
    for (const segment of path) {
      if (!current) break;
      let index = -1;
      if (current.keys) index = current.keys.indexOf(String(segment));
      else if (typeof segment === 'number' && segment < current.valueStart.length) index = segment;
      if (index < 0) break;
      keyStart = current.keyStart[index] as number;
      valueStart = current.valueStart[index] as number;
      atKey = current.atKey[index] === 1;
      current = current.children[index];
    }
    return { keyStart, valueStart, atKey };
  };

  const locate: Locate = (path) => {
    const { keyStart, valueStart, atKey } = find(path);
    if (keyStart >= 0 && atKey) return position(keyStart);
    const start = valueStart >= 0 ? valueStart : keyStart;
    return start < 0 ? { line: 1, column: 1 } : position(start);
  };
  const locateKey: Locate = (path) => {
    const { keyStart } = find(path);
    return keyStart < 0 ? locate(path) : position(keyStart);
  };
  return { locate, locateKey, position };
}

function startOf(node: unknown): number | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as YamlNode).range;
  return range ? range[0] : undefined;
}

/** A section, a list, or a value left empty: a problem about it points at its key. */
function pointsAtKey(node: unknown): boolean {
  return (
    isCollection(node) ||
    node === null ||
    (isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1])
  );
}
