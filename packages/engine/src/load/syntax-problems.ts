import { type Document, isScalar, Scalar, visit, type YAMLError } from 'yaml';
import { TOO_DEEP } from './structure.js';

export type SyntaxProblem = {
  readonly reason: 'limit' | 'syntax';
  readonly offset: number;
  readonly message: string;
};

/**
 * yaml's errors in plain words, one per place: yaml often reports one slip twice, and a slip
 * deep in a file can set off a cascade of errors at the same spot.
 */
export function syntaxProblems(doc: Document.Parsed, text: string): SyntaxProblem[] {
  const seen = new Set<number>();
  const problems: SyntaxProblem[] = [];
  for (const error of doc.errors) {
    const problem = plainError(error, doc, text);
    if (seen.has(problem.offset)) continue;
    seen.add(problem.offset);
    problems.push(problem);
  }
  return problems;
}

function plainError(error: YAMLError, doc: Document.Parsed, text: string): SyntaxProblem {
  const offset = error.pos[0];
  const at = (message: string): SyntaxProblem => ({ reason: 'syntax', offset, message });
  const restOfLine = text.slice(offset, lineEnd(text, offset));
  switch (error.code) {
    case 'RESOURCE_EXHAUSTION':
      return { reason: 'limit', offset, message: TOO_DEEP };
    case 'TAB_AS_INDENT':
      return at('a tab is used for indentation here; YAML needs spaces');
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /:(\s|$)/.test(restOfLine)
        ? at(
            'this value contains ": ", which YAML reads as a new key; put the whole value in quotes',
          )
        : at(
            'the next line is indented further than this key, so YAML cannot tell where the value ends',
          );
    case 'MULTILINE_IMPLICIT_KEY':
      return at(
        'YAML expected "key: value" here; check for a missing ":" or a line indented too far',
      );
    case 'BAD_INDENT':
      if (error.message.startsWith('Flow sequence'))
        return at(
          'a list opened with "[" is not closed with "]" (or its lines are not indented enough)',
        );
      if (error.message.startsWith('Flow map'))
        return at(
          'a section opened with "{" is not closed with "}" (or its lines are not indented enough)',
        );
      return at('this line is not lined up with the keys above it');
    case 'MISSING_CHAR': {
      const quote = /closing (["'])quote/.exec(error.message)?.[1];
      if (quote !== undefined) {
        const start = unclosedQuoteStart(doc, offset);
        return {
          reason: 'syntax',
          offset: start ?? offset,
          message: `the quote (${quote}) opened here is never closed`,
        };
      }
      if (error.message.includes('followed by map values'))
        return at('this key has no ":" after it');
      return at(`YAML could not read this: ${lowerFirst(error.message)}`);
    }
    case 'BAD_SCALAR_START':
      return at(`a value cannot start with ${restOfLine.charAt(0)}; put the whole value in quotes`);
    case 'BAD_DQ_ESCAPE':
      return at(
        `"${restOfLine.slice(0, 2)}" is not an escape YAML knows inside double quotes; use single quotes instead`,
      );
    case 'UNEXPECTED_TOKEN':
      return at(
        'this does not fit the structure above it; check the indentation and the "- " and ":" marks',
      );
    default:
      return at(`YAML could not read this: ${lowerFirst(error.message)}`);
  }
}

/** The JSON syntax yaml lets through (comments, single quotes, trailing commas), as a problem. */
export function jsonProblem(text: string): SyntaxProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw)?.[1];
    const offset = position === undefined ? 0 : Number(position);
    // The slip people make most often, and the one V8's words explain least.
    if (/,\s*$/.test(text.slice(0, offset)) && /^[\]}]/.test(text.slice(offset))) {
      return {
        reason: 'syntax',
        offset: text.lastIndexOf(',', offset),
        message: 'JSON allows no comma before a closing } or ]',
      };
    }
    const what = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '');
    return { reason: 'syntax', offset, message: `this is not valid JSON: ${lowerFirst(what)}` };
  }
}

/** The quoted scalar that an unclosed quote opened: the last one starting before the error. */
function unclosedQuoteStart(doc: Document.Parsed, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (isScalar(node) && quoted && node.range && node.range[0] < offset) start = node.range[0];
    },
  });
  return start;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
