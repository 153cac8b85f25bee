/**
 * The coder's features: hashed word uni- and bigrams, character 3-5-grams within words, the
 * first and last words, a few shape features of the reply (a question mark, "so" or "it sounds"
 * first, second person, length) and the words of the line it answers. Pure TypeScript, the same
 * in the browser and the terminal: a feature is a string hashed into a fixed number of buckets,
 * so the weights hold numbers only, never a word or a sentence of the training data.
 */

/** Past this many characters a reply is coded on its beginning only (a paste, not a reply). */
export const MAX_CODED_CHARS = 2000;

/** FNV-1a, 32 bits: fast, stable across platforms, good enough to spread n-grams over buckets. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Lower case, straight quotes, tags and entities of pasted HTML dropped, spaces collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .slice(0, MAX_CODED_CHARS)
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words (contractions kept whole, numbers folded to one token) and the marks that end a clause. */
export function tokenize(normalized: string): string[] {
  const tokens = normalized.match(/[\p{L}\p{M}]+(?:'[\p{L}]+)*|\d+(?:[.,]\d+)*%?|[?!.,;:]/gu);
  if (!tokens) return [];
  return tokens.map((token) => (/^\d/.test(token) ? '<num>' : token));
}

const SECOND_PERSON = new Set(['you', 'your', "you're", 'yours', "you've", "you'd", "you'll"]);
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my']);
const WE = new Set(['we', "we're", "we've", "we'll", 'us', 'our', "let's"]);

/** Common English words: a reply with none of them is probably not English (or not words). */
const ENGLISH = new Set(
  (
    'the a an and or but so if then that this it is are was were be been to of in on at for with ' +
    'you your i me my we our they them their he she his her not no yes do does did have has had ' +
    "can could would should will what how why when where who which there here it's i'm don't " +
    'about just more some all any from as by up out like know think want need feel sounds right ' +
    'okay ok well now really very too also than been being get got go going make see'
  ).split(' '),
);

/** Words of feeling and of value: a complex reflection names what the speaker has not said. */
const FEELING = new Set(
  (
    'feel feels feeling feelings felt frustrated frustrating worried worry worries scared afraid ' +
    'fear angry anger tired exhausted overwhelmed upset sad hopeful hope proud concerned concern ' +
    'stressed stress anxious anxiety torn stuck lonely alone ashamed embarrassed guilty hurt ' +
    'disappointed relieved confident unsure uncertain nervous annoyed fed important matters ' +
    'value values care cares want wants wanting wish hoping struggle struggling hard difficult ' +
    'tough pressure burden safe unfair trust respect enough'
  ).split(' '),
);

/** Phrases that frame a reflection as the listener's guess at a meaning. */
const REFLECTION_CUES: readonly [string, RegExp][] = [
  ['sounds-like', /\b(sounds|sound|seems|seem|feels) like\b/],
  ['part-of-you', /\bpart of you\b/],
  ['one-hand', /\b(on the one hand|on the other hand|at the same time)\b/],
  [
    'you-feel',
    /\byou(?:'re| are)? (feel|feeling|worried|afraid|wondering|hoping|torn|stuck|tired)\b/,
  ],
  ['you-want', /\byou(?:'d| would)? (want|like|wish|hope|value|care)\b/],
  ['important', /\b(important to you|matters to you|means to you|for you)\b/],
  ['hearing', /\b(what i'?m hearing|i hear|in other words|if i understand|let me see if)\b/],
  ['as-if', /\b(as if|as though|almost like|kind of like|a bit like|like a)\b/],
  ['even-though', /\b(even though|although|even if|despite)\b/],
  ['but-also', /\b(but|and yet|yet) (also|you|at)\b/],
  ['not-sure', /\b(not sure|unsure|don't know if|wonder if)\b/],
  ['really', /\b(really|so much|very)\b/],
  ['because', /\b(because|since|so that)\b/],
  ['should', /\b(should|could|might|maybe|perhaps|try|suggest|recommend)\b/],
  ['research', /\b(research|studies|people who|most people|some people|many people)\b/],
];

function bucketOfLength(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 5) return '3-5';
  if (n <= 10) return '6-10';
  if (n <= 20) return '11-20';
  if (n <= 40) return '21-40';
  return '41+';
}

function countIn(tokens: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const token of tokens) if (set.has(token)) n++;
  return n;
}

/** What the coder knows about a reply beyond its features: what makes a code untrustworthy. */
export type TextFacts = {
  /** Words (letters, not marks or numbers) in the coded part of the reply. */
  readonly words: number;
  /** Share of the words that are common English words; 1 when there are none. */
  readonly englishShare: number;
  /** The reply was longer than MAX_CODED_CHARS and only its beginning was coded. */
  readonly truncated: boolean;
};

/** Feature strings, by group; each group is scaled to unit length on its own. */
export type FeatureGroups = {
  readonly text: string[];
  readonly chars: string[];
  readonly shape: string[];
  readonly context: string[];
};

export function featureStrings(reply: string, context: string): FeatureGroups {
  const text = normalizeText(reply);
  const tokens = tokenize(text);
  const words = tokens.filter((token) => /^[\p{L}<]/u.test(token));
  const textFeatures: string[] = [];
  const padded = ['<s>', ...tokens, '</s>'];
  for (let i = 0; i < padded.length; i++) {
    const token = padded[i] as string;
    if (i > 0 && i < padded.length - 1) textFeatures.push(`w:${token}`);
    if (i > 0) textFeatures.push(`b:${padded[i - 1]} ${token}`);
  }
  const charFeatures: string[] = [];
  for (const word of words) {
    const w = ` ${word} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= w.length; i++) charFeatures.push(`c:${w.slice(i, i + n)}`);
    }
  }
  const shape = ownShapeFeatures(text, tokens, words);

  const contextText = normalizeText(context);
  const contextTokens = tokenize(contextText);
  shape.push(...contextShapeFeatures(words, contextTokens, new Set(contextTokens)));
  const contextFeatures: string[] = [];
  if (contextTokens.length === 0) contextFeatures.push('x:none');
  else {
    for (let i = 0; i < contextTokens.length; i++) {
      contextFeatures.push(`x:${contextTokens[i]}`);
      if (i > 0) contextFeatures.push(`x2:${contextTokens[i - 1]} ${contextTokens[i]}`);
    }
    const end = contextTokens[contextTokens.length - 1];
    contextFeatures.push(`xend:${end === '?' ? '?' : 'other'}`);
    contextFeatures.push(`xlen:${bucketOfLength(contextTokens.length)}`);
  }
  return { text: textFeatures, chars: charFeatures, shape, context: contextFeatures };
}

export function textFacts(reply: string): TextFacts {
  return factsOf(prepareReply(reply));
}

/**
 * A sparse feature vector: each distinct feature's 32-bit hash, its value (each group scaled to
 * unit length) and its group. Folding the hashes into a head's buckets may make two features
 * share one index; a linear model only adds them, so they are left as two entries.
 */
export type HashedFeatures = {
  readonly hash: Uint32Array;
  readonly value: Float32Array;
  readonly group: Uint8Array;
};

/** Indices into a head's buckets (a power of two) and the values that go with them. */
export type SparseVector = { readonly index: Int32Array; readonly value: Float32Array };

export const GROUPS = ['text', 'chars', 'shape', 'context'] as const;
export type GroupScale = Readonly<Record<(typeof GROUPS)[number], number>>;

/**
 * Each head's weight of each group, after normalisation. The main head reads words first and
 * the line answered nearly as much; the reflection head (simple against complex) reads words
 * and the reply's shape against the line, and hardly the character n-grams, which on its
 * thousand examples only add noise (measured: docs/coder.md).
 */
export const HEAD_GROUP_SCALE: Readonly<Record<string, GroupScale>> = {
  main: { text: 1, chars: 0.7, shape: 0.6, context: 0.7 },
  reflection: { text: 1, chars: 0.01, shape: 1, context: 0.7 },
  move: { text: 1, chars: 1, shape: 0.6, context: 0.35 },
};
export const DEFAULT_GROUP_SCALE: GroupScale = { text: 1, chars: 1, shape: 0.6, context: 0.35 };

/**
 * The features of one reply, hashed as `featureStrings` would give them, without building a
 * string per feature: each feature's FNV-1a hash is worked out from the characters it is made
 * of, and repeats within a group are counted in a small table that compares those characters
 * (so two different features that share a hash stay two entries, as they do by string). The
 * order, counts and values are those of hashing `featureStrings`, number for number.
 */
export function hashedFeatures(reply: string, context: string): HashedFeatures {
  return featuresOf(prepareReply(reply), prepareContext(context));
}

/** A reply normalised and split once, for its features and its facts alike. */
export type PreparedReply = {
  readonly reply: string;
  readonly text: string;
  readonly tokens: readonly string[];
};

export function prepareReply(reply: string): PreparedReply {
  const text = normalizeText(reply);
  return { reply, text, tokens: tokenize(text) };
}

/** What the features take from the line a reply answers; the same for every option of a node. */
export type PreparedContext = {
  readonly tokens: readonly string[];
  readonly heard: ReadonlySet<string>;
  /** The context group, counted: its entries' hashes and counts, and how many features in all. */
  readonly hash: readonly number[];
  readonly count: readonly number[];
  readonly total: number;
};

export function prepareContext(context: string): PreparedContext {
  const tokens = tokenize(normalizeText(context));
  const counter = new FeatureCounter();
  if (tokens.length === 0) counter.addText('x:none');
  else {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      counter.add(PREFIX_X, token, 0, token.length, null);
      if (i > 0) {
        const before = tokens[i - 1] as string;
        counter.add(PREFIX_X2, before, 0, before.length, token);
      }
    }
    const end = tokens[tokens.length - 1];
    counter.addText(`xend:${end === '?' ? '?' : 'other'}`);
    counter.addText(`xlen:${bucketOfLength(tokens.length)}`);
  }
  return {
    tokens,
    heard: new Set(tokens),
    hash: counter.hash,
    count: counter.count,
    total: counter.total,
  };
}

/** The facts `textFacts` gives, from a prepared reply. */
export function factsOf(prepared: PreparedReply): TextFacts {
  const words = prepared.tokens.filter((token) => /^\p{L}/u.test(token));
  return {
    words: words.length,
    englishShare: words.length === 0 ? 1 : countIn(words, ENGLISH) / words.length,
    truncated: prepared.reply.length > MAX_CODED_CHARS,
  };
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a (as `hashString`) continued from `hash` over text[start, end), not yet unsigned. */
function fnvFrom(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * The feature kinds built from parts: a prefix, then `a` (or a slice of it), then, for a pair,
 * a space and `b`. PREFIX_TEXT is a whole feature string in `a`.
 */
const PREFIXES = ['', 'w:', 'b:', 'c:', 'x:', 'x2:'] as const;
const PREFIX_TEXT = 0;
const PREFIX_W = 1;
const PREFIX_B = 2;
const PREFIX_C = 3;
const PREFIX_X = 4;
const PREFIX_X2 = 5;
const PREFIX_STATE = PREFIXES.map((prefix) => fnvFrom(FNV_OFFSET, prefix, 0, prefix.length));
const SPACE = 32;

/** Counts the features of one group by their parts, in the order they first appear. */
class FeatureCounter {
  readonly hash: number[] = [];
  readonly count: number[] = [];
  total = 0;
  private readonly kind: number[] = [];
  private readonly a: string[] = [];
  private readonly start: number[] = [];
  private readonly length: number[] = [];
  private readonly b: (string | null)[] = [];
  private slots = new Int32Array(64).fill(-1);

  /** Empties the counter for the next reply, keeping its table's size. */
  clear(): void {
    if (this.hash.length > 0) this.slots.fill(-1);
    this.total = 0;
    for (const list of [
      this.hash,
      this.count,
      this.kind,
      this.a,
      this.start,
      this.length,
      this.b,
    ]) {
      list.length = 0;
    }
  }

  addText(feature: string): void {
    this.add(PREFIX_TEXT, feature, 0, feature.length, null);
  }

  /** Counts the feature PREFIXES[kind] + a.slice(start, start + length) (+ ' ' + b). */
  add(kind: number, a: string, start: number, length: number, b: string | null): void {
    let h = fnvFrom(PREFIX_STATE[kind] as number, a, start, start + length);
    if (b !== null) {
      h = Math.imul(h ^ SPACE, 0x01000193);
      h = fnvFrom(h, b, 0, b.length);
    }
    const hash = h >>> 0;
    this.total += 1;
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let entry = slots[slot] as number; entry >= 0; entry = slots[slot] as number) {
      if (this.hash[entry] === hash && this.same(entry, kind, a, start, length, b)) {
        this.count[entry] = (this.count[entry] as number) + 1;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.hash.length;
    slots[slot] = entry;
    this.hash.push(hash);
    this.count.push(1);
    this.kind.push(kind);
    this.a.push(a);
    this.start.push(start);
    this.length.push(length);
    this.b.push(b);
    if ((entry + 1) * 2 > slots.length) this.grow();
  }

  private same(
    entry: number,
    kind: number,
    a: string,
    start: number,
    length: number,
    b: string | null,
  ): boolean {
    if (this.kind[entry] !== kind) {
      // Parts of different kinds may still spell the same feature: compare the strings.
      return this.text(entry) === featureText(kind, a, start, length, b);
    }
    if (this.length[entry] !== length || this.b[entry] !== b) return false;
    const other = this.a[entry] as string;
    const from = this.start[entry] as number;
    for (let i = 0; i < length; i++) {
      if (other.charCodeAt(from + i) !== a.charCodeAt(start + i)) return false;
    }
    return true;
  }

  private text(entry: number): string {
    return featureText(
      this.kind[entry] as number,
      this.a[entry] as string,
      this.start[entry] as number,
      this.length[entry] as number,
      this.b[entry] as string | null,
    );
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.hash.length; entry++) {
      let slot = (this.hash[entry] as number) & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }
}

function featureText(
  kind: number,
  a: string,
  start: number,
  length: number,
  b: string | null,
): string {
  const part = `${PREFIXES[kind]}${a.slice(start, start + length)}`;
  return b === null ? part : `${part} ${b}`;
}

/** The shape features that read the reply alone (the first of `featureStrings`' `shape`). */
function ownShapeFeatures(text: string, tokens: readonly string[], words: readonly string[]) {
  const shape: string[] = [];
  const first = words.slice(0, 3);
  if (first[0]) shape.push(`f1:${first[0]}`);
  if (first.length >= 2) shape.push(`f2:${first.slice(0, 2).join(' ')}`);
  if (first.length >= 3) shape.push(`f3:${first.join(' ')}`);
  const last = words[words.length - 1];
  if (last) shape.push(`l1:${last}`);
  const marks = tokens.filter((token) => /^[?!.]$/.test(token));
  const lastMark = tokens[tokens.length - 1];
  shape.push(`end:${lastMark && /^[?!.,;:]$/.test(lastMark) ? lastMark : 'none'}`);
  const questions = tokens.filter((token) => token === '?').length;
  shape.push(`q:${Math.min(questions, 3)}`);
  shape.push(`len:${bucketOfLength(words.length)}`);
  shape.push(`rlen:${Math.min(Math.floor(words.length / 4), 10)}`);
  shape.push(`sent:${Math.min(Math.max(marks.length, 1), 4)}`);
  shape.push(`you:${Math.min(countIn(words, SECOND_PERSON), 3)}`);
  shape.push(`me:${Math.min(countIn(words, FIRST_PERSON), 3)}`);
  shape.push(`we:${Math.min(countIn(words, WE), 3)}`);
  if (text.startsWith('so ') || text.startsWith('so,')) shape.push('starts:so');
  if (/^(it|that) (sounds|seems|feels|looks)/.test(text)) shape.push('starts:it-sounds');
  if (/^(you|your)\b/.test(text)) shape.push('starts:you');
  if (questions > 0 && lastMark !== '?') shape.push('q-not-last');
  for (const [name, pattern] of REFLECTION_CUES) if (pattern.test(text)) shape.push(`cue:${name}`);
  shape.push(`feel:${Math.min(countIn(words, FEELING), 3)}`);
  return shape;
}

/**
 * The shape features that compare the reply with the line it answers (the rest of
 * `featureStrings`' `shape`): how much of the reply repeats that line, as a simple reflection
 * mostly does while a complex one adds words of its own. Their prefixes differ from each
 * other's and from every feature of `ownShapeFeatures`, so none repeats another.
 */
function contextShapeFeatures(
  words: readonly string[],
  contextTokens: readonly string[],
  heard: ReadonlySet<string>,
): string[] {
  const shape: string[] = [];
  const contextLength = contextTokens.length;
  const replyContent = words.filter((word) => word.length > 2 && !ENGLISH.has(word));
  if (contextLength > 0 && replyContent.length > 0) {
    const repeated = replyContent.filter((word) => heard.has(word)).length;
    const share = repeated / replyContent.length;
    shape.push(
      `overlap:${share === 0 ? '0' : share < 0.25 ? 'low' : share < 0.5 ? 'mid' : 'high'}`,
    );
    shape.push(`new:${Math.min(replyContent.length - repeated, 6)}`);
    shape.push(`ovl:${Math.round(share * 5)}`);
    shape.push(`newc:${Math.min(Math.floor((replyContent.length - repeated) / 2), 8)}`);
    const ratio = words.length / Math.max(1, contextLength);
    shape.push(
      `ratio:${ratio < 0.25 ? 'a' : ratio < 0.5 ? 'b' : ratio < 1 ? 'c' : ratio < 2 ? 'd' : 'e'}`,
    );
    const newFeeling = words.filter((word) => FEELING.has(word) && !heard.has(word)).length;
    shape.push(`newfeel:${Math.min(newFeeling, 2)}`);
  }
  return shape;
}

/** A group of features counted: each distinct feature's hash and count, and the group's size. */
export type CountedGroup = {
  readonly hash: readonly number[];
  readonly count: readonly number[];
  readonly total: number;
};

/**
 * What the features take from the reply alone: its words, its text and character groups
 * counted, and the shape features that do not read the line it answers. The same for every
 * line a reply is coded against.
 */
export type ReplyGroups = {
  readonly words: readonly string[];
  readonly text: CountedGroup;
  readonly chars: CountedGroup;
  readonly ownShape: readonly string[];
};

const copied = (counter: FeatureCounter): CountedGroup => ({
  hash: counter.hash.slice(),
  count: counter.count.slice(),
  total: counter.total,
});

export function replyGroups(prepared: PreparedReply): ReplyGroups {
  const { text, tokens } = prepared;
  const words = tokens.filter((token) => /^[\p{L}<]/u.test(token));
  const [textGroup, chars] = REPLY_COUNTERS;
  textGroup.clear();
  chars.clear();
  const last = tokens.length;
  for (let i = 1; i <= last + 1; i++) {
    const token = i <= last ? (tokens[i - 1] as string) : '</s>';
    const before = i === 1 ? '<s>' : (tokens[i - 2] as string);
    if (i <= last) textGroup.add(PREFIX_W, token, 0, token.length, null);
    textGroup.add(PREFIX_B, before, 0, before.length, token);
  }
  for (const word of words) {
    const w = ` ${word} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= w.length; i++) chars.add(PREFIX_C, w, i, n, null);
    }
  }
  return {
    words,
    text: copied(textGroup),
    chars: copied(chars),
    ownShape: ownShapeFeatures(text, tokens, words),
  };
}

/** The shape group of a reply against a line: its own shape features, then the comparisons. */
export function shapeGroup(reply: ReplyGroups, context: PreparedContext): CountedGroup {
  const [, , shape] = REPLY_COUNTERS;
  shape.clear();
  for (const feature of reply.ownShape) shape.addText(feature);
  for (const feature of contextShapeFeatures(reply.words, context.tokens, context.heard))
    shape.addText(feature);
  return copied(shape);
}

/** The reply's three groups are counted here, emptied for each reply (the results are copied out). */
const REPLY_COUNTERS = [new FeatureCounter(), new FeatureCounter(), new FeatureCounter()] as const;

/** The hashed features of a prepared reply against a prepared context: see `hashedFeatures`. */
export function featuresOf(prepared: PreparedReply, context: PreparedContext): HashedFeatures {
  const reply = replyGroups(prepared);
  const groups: readonly CountedGroup[] = [
    reply.text,
    reply.chars,
    shapeGroup(reply, context),
    context,
  ];
  let size = 0;
  for (const group of groups) if (group.total > 0) size += group.hash.length;
  const hash = new Uint32Array(size);
  const value = new Float32Array(size);
  const group = new Uint8Array(size);
  let at = 0;
  groups.forEach((counted, id) => {
    if (counted.total === 0) return;
    const scale = 1 / Math.sqrt(counted.total);
    for (let i = 0; i < counted.hash.length; i++) {
      hash[at] = counted.hash[i] as number;
      value[at] = Math.sqrt(counted.count[i] as number) * scale;
      group[at] = id;
      at += 1;
    }
  });
  return { hash, value, group };
}

/** The features as one head sees them: its buckets, and its weight of each group. */
export function foldFeatures(features: HashedFeatures, buckets: number, head = ''): SparseVector {
  const scale = HEAD_GROUP_SCALE[head] ?? DEFAULT_GROUP_SCALE;
  const byGroup = GROUPS.map((name) => scale[name]);
  const index = new Int32Array(features.hash.length);
  const value = new Float32Array(features.hash.length);
  const mask = buckets - 1;
  for (let i = 0; i < index.length; i++) {
    index[i] = (features.hash[i] as number) & mask;
    value[i] = (features.value[i] as number) * (byGroup[features.group[i] as number] as number);
  }
  return { index, value };
}
