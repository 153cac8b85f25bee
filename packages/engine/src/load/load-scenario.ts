import { type Document, visit } from 'yaml';
import type { ProblemReason, ScenarioProblem } from '../problem.js';
import { Scenario } from '../schema/index.js';
import {
  DEFAULT_MAX_BYTES,
  findDeepNesting,
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  MAX_TOKENS,
  utf8Size,
} from './limits.js';
import { parseYaml } from './parse-yaml.js';
import { readPlainYaml } from './plain-yaml.js';
import { positionIndex, sourceMapOf } from './position-index.js';
import { referenceFindings } from './reference-problems.js';
import { protoFindings, schemaFindings } from './schema-problems.js';
import { nowhere, type SourceMap, sourceMap } from './source-map.js';
import { checkStructure, findDeepValue, TOO_DEEP } from './structure.js';
import { jsonProblem, syntaxProblems } from './syntax-problems.js';
import type { Finding, LoadOptions, LoadResult } from './types.js';

/**
 * Reads a scenario file's text into a valid Scenario, or says everything that is wrong with it
 * at once, each problem placed at its line and column. Never throws on bad input: huge, deep,
 * aliased or malformed files come back as problems too.
 */
export function loadScenario(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const format = options.format ?? (file.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (problems: ScenarioProblem[], locate = nowhere): LoadResult => ({
    ok: false,
    problems: sortProblems(problems),
    locate,
  });

  // Measured before anything else reads the text, so a 20 MB file costs next to nothing.
  const bytes = utf8Size(text, maxBytes);
  if (bytes > maxBytes) {
    const size = `${text.length > maxBytes ? 'at least ' : ''}${sizeWords(bytes)}`;
    return fail([
      {
        reason: 'limit',
        severity: 'error',
        file,
        line: 0,
        column: 0,
        path: [],
        message: `the file is ${size}; a scenario file may be at most ${sizeWords(maxBytes)}`,
      },
    ]);
  }

  // Bracket and indent runs thousands deep make yaml's parser slow, so they never reach it.
  const deep = findDeepNesting(text, MAX_DEPTH + 8);
  if (deep !== undefined) {
    const { line, column } = positionIn(text, deep);
    return fail([
      { reason: 'limit', severity: 'error', file, line, column, path: [], message: TOO_DEEP },
    ]);
  }

  // Most files, and every generated one, are plain block YAML: read straight into values and
  // positions, with no yaml document to build and let go. Anything else, and every file with a
  // syntax problem, goes through yaml below.
  const plain = format === 'yaml' ? readPlainYaml(text) : undefined;
  if (plain) {
    const map = sourceMapOf(plain.root, plain.rootStart, plain.lines);
    return validate(plain.data, false, file, map, fail);
  }

  const { doc, lines, secondDocument, tooManyTokens } = parseYaml(text);
  let map = sourceMap(doc, lines);
  const at = (reason: ProblemReason, offset: number, message: string): ScenarioProblem => {
    const { line, column } = map.position(offset);
    return { reason, severity: 'error', file, line, column, path: [], message };
  };

  if (tooManyTokens !== undefined) {
    return fail(
      [
        at(
          'limit',
          tooManyTokens,
          `the file holds more than ${MAX_TOKENS.toLocaleString('en')} keys, values and marks by here; a scenario never needs that many`,
        ),
      ],
      map.locate,
    );
  }
  const syntax = syntaxProblems(doc, text);
  if (secondDocument !== undefined) {
    syntax.push({
      reason: 'syntax',
      offset: secondDocument,
      message: 'a scenario file holds one YAML document, but "---" starts a second one here',
    });
  }
  if (syntax.length === 0 && format === 'json') {
    const json = jsonProblem(text);
    if (json) syntax.push(json);
  }
  if (syntax.length > 0) {
    const limit = syntax.find((problem) => problem.reason === 'limit');
    const shown = limit ? [limit] : syntax;
    return fail(
      shown.map((problem) => at(problem.reason, problem.offset, problem.message)),
      map.locate,
    );
  }
  const structure = checkStructure(doc);
  if (structure.problems.length > 0) {
    return fail(
      structure.problems.map((problem) => at(problem.reason, problem.offset, problem.message)),
      map.locate,
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof Error && error.message.includes('resource exhaustion')
        ? 'the aliases here would expand into far too much data; write the values out instead'
        : `YAML could not read this file: ${error instanceof Error ? error.message : String(error)}`;
    return fail([at('limit', firstAliasOffset(doc), message)], map.locate);
  }
  if (data === null || data === undefined) {
    return fail(
      [at('schema', 0, 'the file is empty; a scenario starts with id, title, summary and so on')],
      map.locate,
    );
  }
  // Without aliases the values nest exactly as deep as the document, which is checked already.
  const deepPath = structure.aliases ? findDeepValue(data) : undefined;
  if (deepPath)
    return fail([place('limit', { path: deepPath, message: TOO_DEEP }, file, map)], map.locate);
  // From here on only positions are needed: a copy of them lets the document go before zod
  // copies the values and the analysis runs (for a 1.6 MB file, some 40 MB of yaml nodes that
  // every garbage collection would otherwise mark). Files with aliases keep the full map.
  map = positionIndex(doc, lines) ?? map;
  return validate(data, structure.protoKeys, file, map, fail);
}

/** The values checked against the schema and for references, or their problems, placed. */
function validate(
  data: unknown,
  protoKeys: boolean,
  file: string,
  map: SourceMap,
  fail: (problems: ScenarioProblem[], locate?: SourceMap['locate']) => LoadResult,
): LoadResult {
  const parsed = Scenario.safeParse(data);
  const protos = protoKeys ? protoFindings(data) : [];
  if (!parsed.success || protos.length > 0) {
    const reported = new Set<string>();
    const findings = parsed.success ? [] : schemaFindings(parsed.error.issues, data);
    for (const finding of findings) reported.add(JSON.stringify(finding.path));
    findings.push(...protos.filter((finding) => !reported.has(JSON.stringify(finding.path))));
    return fail(
      findings.map((finding) => place('schema', finding, file, map)),
      map.locate,
    );
  }
  const references = referenceFindings(parsed.data);
  if (references.length > 0) {
    return fail(
      references.map((finding) => place('reference', finding, file, map)),
      map.locate,
    );
  }
  return { ok: true, scenario: parsed.data, problems: [], locate: map.locate };
}

function place(
  reason: ProblemReason,
  finding: Finding,
  file: string,
  map: SourceMap,
): ScenarioProblem {
  const { line, column } = finding.atKey ? map.locateKey(finding.path) : map.locate(finding.path);
  return {
    reason,
    severity: 'error',
    file,
    line,
    column,
    path: finding.path,
    message: finding.message,
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
    ...(finding.found !== undefined ? { found: finding.found } : {}),
    ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
  };
}

/** Problems in file order, so a reader can fix them top to bottom. */
function sortProblems(problems: ScenarioProblem[]): ScenarioProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** An alias bomb's first alias is where a reader starts to see the fan-out. */
function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Line and column of an offset, for the one problem found before yaml counts lines. */
function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function sizeWords(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  const kib = bytes / 1024;
  if (kib >= 1) return `${Number.isInteger(kib) ? kib : kib.toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
