/** Limits that keep a huge or hostile file from hanging or crashing whoever loads it. */

/** A real scenario is a few dozen kilobytes; 2 MiB leaves room for a very long one. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** A scenario nests about nine levels deep (nodes, options, next, when, range). */
export const MAX_DEPTH = 64;
/** Enough to reuse an anchored condition hundreds of times; a "billion laughs" trips it at once. */
export const MAX_ALIAS_COUNT = 1000;
/**
 * YAML tokens (keys, values, marks, spaces and line breaks) a file may hold. A legitimately large
 * scenario has about one token per five bytes: the benchmark's 2,000-node scenario (1.5 MiB) has
 * about 310,000, so one filling the whole size cap would have about 410,000. Parsing costs one to
 * three microseconds a token, so this also bounds the time a hostile file (up to one token a byte)
 * can take to about a second.
 */
export const MAX_TOKENS = 600_000;

/**
 * The UTF-8 size of text, counted without Buffer (the web trainer loads scenarios in a browser).
 * Each UTF-16 unit takes at least one byte, so text longer than max is refused without counting.
 */
export function utf8Size(text: string, max: number): number {
  if (text.length > max) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      // A surrogate pair: one character outside the basic plane, four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const STARTS_COMMENT = new Set([undefined, '\n', '\r', ' ', '\t']);
const OPENS_QUOTE = new Set([undefined, '\n', ' ', '\t', '[', '{', ',', ':', '-']);

/**
 * The offset where the text clearly nests deeper than limit, read straight from the characters:
 * yaml's parser slows down sharply on input nested thousands deep, so this runs first. It counts
 * indentation steps, compact `- ` items and open brackets, skipping quotes and comments; it is an
 * estimate, so the caller gives it a generous limit and checks the exact depth after parsing.
 */
export function findDeepNesting(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: string | undefined;
  let i = 0;
  while (i < text.length) {
    let base = indents.length;
    if (quote === undefined && flow === 0) {
      let column = 0;
      while (text[i + column] === ' ') column++;
      const first = text[i + column];
      if (first !== undefined && first !== '\n' && first !== '\r' && first !== '#') {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > column) indents.pop();
        if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < column) {
          indents.push(column);
        }
        i += column;
        base = indents.length;
        while ((text[i] === '-' || text[i] === '?') && text[i + 1] === ' ') {
          base++;
          i += 2;
          while (text[i] === ' ') i++;
        }
        if (base > limit) return i;
      }
    }
    // The rest of the line: quotes, comments and brackets.
    while (i < text.length && text[i] !== '\n') {
      const c = text[i];
      if (quote !== undefined) {
        if (quote === '"' && c === '\\') i++;
        else if (c === quote) quote = undefined;
      } else if (c === '#' && STARTS_COMMENT.has(text[i - 1])) {
        while (i < text.length && text[i] !== '\n') i++;
        break;
      } else if ((c === '"' || c === "'") && OPENS_QUOTE.has(text[i - 1])) {
        quote = c;
      } else if (c === '[' || c === '{') {
        flow++;
        if (base + flow > limit) return i;
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
      i++;
    }
    i++;
  }
  return undefined;
}
