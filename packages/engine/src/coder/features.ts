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

  const contextText = normalizeText(context);
  const contextTokens = tokenize(contextText);
  // How much of the reply repeats the line before it: a simple reflection mostly does, a
  // complex one adds words of its own.
  const replyContent = words.filter((word) => word.length > 2 && !ENGLISH.has(word));
  if (contextTokens.length > 0 && replyContent.length > 0) {
    const heard = new Set(contextTokens);
    const repeated = replyContent.filter((word) => heard.has(word)).length;
    const share = repeated / replyContent.length;
    shape.push(
      `overlap:${share === 0 ? '0' : share < 0.25 ? 'low' : share < 0.5 ? 'mid' : 'high'}`,
    );
    shape.push(`new:${Math.min(replyContent.length - repeated, 6)}`);
    shape.push(`ovl:${Math.round(share * 5)}`);
    shape.push(`newc:${Math.min(Math.floor((replyContent.length - repeated) / 2), 8)}`);
    const ratio = words.length / Math.max(1, contextTokens.length);
    shape.push(
      `ratio:${ratio < 0.25 ? 'a' : ratio < 0.5 ? 'b' : ratio < 1 ? 'c' : ratio < 2 ? 'd' : 'e'}`,
    );
    const newFeeling = words.filter((word) => FEELING.has(word) && !heard.has(word)).length;
    shape.push(`newfeel:${Math.min(newFeeling, 2)}`);
  }
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
  const text = normalizeText(reply);
  const words = tokenize(text).filter((token) => /^\p{L}/u.test(token));
  return {
    words: words.length,
    englishShare: words.length === 0 ? 1 : countIn(words, ENGLISH) / words.length,
    truncated: reply.length > MAX_CODED_CHARS,
  };
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
type GroupScale = Readonly<Record<(typeof GROUPS)[number], number>>;

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
const DEFAULT_SCALE: GroupScale = { text: 1, chars: 1, shape: 0.6, context: 0.35 };

export function hashedFeatures(reply: string, context: string): HashedFeatures {
  const groups = featureStrings(reply, context);
  const hashes: number[] = [];
  const values: number[] = [];
  const ids: number[] = [];
  GROUPS.forEach((name, id) => {
    const features = groups[name];
    if (features.length === 0) return;
    const counts = new Map<string, number>();
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const scale = 1 / Math.sqrt(features.length);
    for (const [feature, count] of counts) {
      hashes.push(hashString(feature));
      values.push(Math.sqrt(count) * scale);
      ids.push(id);
    }
  });
  return {
    hash: Uint32Array.from(hashes),
    value: Float32Array.from(values),
    group: Uint8Array.from(ids),
  };
}

/** The features as one head sees them: its buckets, and its weight of each group. */
export function foldFeatures(features: HashedFeatures, buckets: number, head = ''): SparseVector {
  const scale = HEAD_GROUP_SCALE[head] ?? DEFAULT_SCALE;
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
