import { Composer, type Document, Lexer, LineCounter, Parser } from 'yaml';
import { MAX_TOKENS } from './limits.js';

export type ParsedYaml = {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** Where a second document starts, when the file holds more than one. */
  readonly secondDocument?: number;
  /** Where the file passed MAX_TOKENS; parsing stopped there. */
  readonly tooManyTokens?: number;
};

/**
 * yaml's parseDocument, taken apart so that it can stop: lexing ends after MAX_TOKENS, and
 * duplicate keys are left to checkStructure (yaml's own check is quadratic). yaml's warnings are
 * silenced: it would print them on stderr, and what they warn of comes back as a problem anyway.
 */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  lines.addNewLine(0);
  const parser = new Parser(lines.addNewLine);
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  let count = 0;
  let tooManyTokens: number | undefined;
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      if (++count > MAX_TOKENS) {
        // The parser's offset, not a sum of lexemes: the lexer adds marks the text does not hold.
        tooManyTokens = parser.offset;
        break;
      }
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }

  // A hostile file can make yaml raise hundreds of thousands of errors; without stack traces
  // each costs next to nothing. Restored at once: nothing else runs in between.
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    let doc: Document.Parsed | undefined;
    let secondDocument: number | undefined;
    for (const next of composer.compose(tokens(), true, text.length)) {
      if (!doc) doc = next;
      else {
        secondDocument = next.range[0];
        break;
      }
    }
    // compose(..., forceDoc = true) always yields a document, even for empty text.
    if (!doc) throw new Error('yaml composed no document');
    return {
      doc,
      lines,
      ...(secondDocument !== undefined ? { secondDocument } : {}),
      ...(tooManyTokens !== undefined ? { tooManyTokens } : {}),
    };
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
}
