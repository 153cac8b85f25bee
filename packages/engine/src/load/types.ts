import type { ScenarioProblem } from '../problem.js';
import type { Scenario } from '../schema/index.js';

/** 1-based line and column in the scenario file; 0 and 0 when there is no place to point at. */
export type SourcePosition = { readonly line: number; readonly column: number };

/**
 * Where a path inside the document is written in the file: the value for a scalar, the key for a
 * section. A path that does not exist gives its nearest existing ancestor.
 */
export type Locate = (path: readonly (string | number)[]) => SourcePosition;

export type LoadResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** Only warnings: a loaded scenario has no errors. */
      readonly problems: readonly ScenarioProblem[];
      readonly locate: Locate;
    }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[]; readonly locate: Locate };

export type LoadOptions = {
  /** Defaults from the file name: `.json` is JSON, anything else YAML. */
  readonly format?: 'yaml' | 'json';
  /** Files larger than this many bytes are refused before parsing (default 2 MiB). */
  readonly maxBytes?: number;
};

export type Path = readonly (string | number)[];

/** A problem before it is placed in the file: what to point at and what to say. */
export type Finding = {
  readonly path: Path;
  /** Point at the key that names the value (unknown keys, bad ids) rather than at the value. */
  readonly atKey?: boolean;
  /** For a missing key: the path it should have had. */
  readonly missing?: Path;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  readonly suggestion?: string;
};
