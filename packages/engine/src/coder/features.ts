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
  for (const word of words) {
    const w = ` ${word} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= w.length; i++) textFeatures.push(`c:${w.slice(i, i + n)}`);
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
  shape.push(`sent:${Math.min(Math.max(marks.length, 1), 4)}`);
  shape.push(`you:${Math.min(countIn(words, SECOND_PERSON), 3)}`);
  shape.push(`me:${Math.min(countIn(words, FIRST_PERSON), 3)}`);
  shape.push(`we:${Math.min(countIn(words, WE), 3)}`);
  if (text.startsWith('so ') || text.startsWith('so,')) shape.push('starts:so');
  if (/^(it|that) (sounds|seems|feels|looks)/.test(text)) shape.push('starts:it-sounds');
  if (/^(you|your)\b/.test(text)) shape.push('starts:you');
  if (questions > 0 && lastMark !== '?') shape.push('q-not-last');

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
  }
  const contextFeatures: string[] = [];
  if (contextTokens.length === 0) contextFeatures.push('x:none');
  else {
    for (const token of contextTokens) contextFeatures.push(`x:${token}`);
    const end = contextTokens[contextTokens.length - 1];
    contextFeatures.push(`xend:${end === '?' ? '?' : 'other'}`);
    contextFeatures.push(`xlen:${bucketOfLength(contextTokens.length)}`);
  }
  return { text: textFeatures, shape, context: contextFeatures };
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
 * A sparse feature vector: each distinct feature's 32-bit hash and its value, each group scaled
 * to unit length. Folding the hashes into a head's buckets may make two features share one
 * index; a linear model only adds them, so they are left as two entries.
 */
export type HashedFeatures = { readonly hash: Uint32Array; readonly value: Float32Array };

/** Indices into a head's buckets (a power of two) and the values that go with them. */
export type SparseVector = { readonly index: Int32Array; readonly value: Float32Array };

/** Scale of each group after normalisation: the text dominates, shape and context nudge. */
export const GROUP_SCALE = { text: 1, shape: 0.6, context: 0.35 } as const;

export function hashedFeatures(reply: string, context: string): HashedFeatures {
  const groups = featureStrings(reply, context);
  const hashes: number[] = [];
  const values: number[] = [];
  for (const name of ['text', 'shape', 'context'] as const) {
    const features = groups[name];
    if (features.length === 0) continue;
    const counts = new Map<string, number>();
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const scale = GROUP_SCALE[name] / Math.sqrt(features.length);
    for (const [feature, count] of counts) {
      hashes.push(hashString(feature));
      values.push(Math.sqrt(count) * scale);
    }
  }
  return { hash: Uint32Array.from(hashes), value: Float32Array.from(values) };
}

export function foldFeatures(features: HashedFeatures, buckets: number): SparseVector {
  const index = new Int32Array(features.hash.length);
  const mask = buckets - 1;
  for (let i = 0; i < index.length; i++) index[i] = (features.hash[i] as number) & mask;
  return { index, value: features.value };
}
