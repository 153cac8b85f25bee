/**
 * Characters that are each a grapheme of their own, whatever is next to them: line feed, escape
 * (the start of a colour code), printable ASCII, and the characters of ./string-width.ts's fast
 * path (Latin-1 and Latin Extended-A, dashes, quotes, bullet, ellipsis, angle quotes, simple
 * arrows, box drawing and blocks). Carriage return is left out: it joins a line feed after it.
 * The test beside this file checks every one against Intl.Segmenter.
 */
const ONE_GRAPHEME_EACH =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: line feed and escape are in the set.
  /^[\n\u001b\u0020-\u007e\u00a0-\u00ac\u00ae-\u017f\u2010-\u2027\u2030-\u203a\u2190-\u2199\u2500-\u259f]*$/;

type Segment = { segment: string; index: number; input: string };

/** What Intl.Segmenter's segment() gives, for text whose every character is a grapheme. */
class CharSegments {
  constructor(private readonly input: string) {}

  containing(index = 0): Segment | undefined {
    const at = Math.trunc(Number(index)) || 0;
    if (at < 0 || at >= this.input.length) return undefined;
    return { segment: this.input.charAt(at), index: at, input: this.input };
  }

  [Symbol.iterator](): Iterator<Segment> {
    const input = this.input;
    let index = 0;
    return {
      next: () =>
        index < input.length
          ? { value: { segment: input.charAt(index), index: index++, input }, done: false }
          : { value: undefined, done: true },
    };
  }
}

/**
 * A grapheme segmenter with Intl.Segmenter's answers for Ink's text libraries (string-width,
 * slice-ansi, ansi-tokenize; the build puts it where they make theirs: scripts/build.mjs). They
 * each make one when loaded, which costs Node 15 ms or more of ICU set-up before the first frame,
 * and ansi-tokenize walks every line of every frame through it. The screens' text is nearly
 * always plain characters and colour codes, each its own grapheme; only other text goes to a
 * real Intl.Segmenter, made the first time one is needed.
 */
export function graphemeSegmenter(
  locales?: string | string[],
  options?: Intl.SegmenterOptions,
): Pick<Intl.Segmenter, 'segment'> {
  if (options?.granularity !== undefined && options.granularity !== 'grapheme') {
    return new Intl.Segmenter(locales, options);
  }
  let real: Intl.Segmenter | undefined;
  return {
    segment(input: string) {
      const text = String(input);
      if (ONE_GRAPHEME_EACH.test(text)) return new CharSegments(text) as unknown as Intl.Segments;
      real ??= new Intl.Segmenter(locales, options);
      return real.segment(text);
    },
  };
}
