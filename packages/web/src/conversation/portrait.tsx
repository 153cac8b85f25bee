import type { Meters } from '@rapport/engine';

export type Mood = 'open' | 'neutral' | 'wary' | 'guarded';

/**
 * How the stakeholder looks, read from the meters as the meters panel reads them: guarded when
 * resistance is high, wary while it is raised, open once trust is high and resistance is down.
 */
export function moodOf(meters: Meters): Mood {
  const resistance = meters.resistance ?? 0;
  const trust = meters.trust ?? 0;
  if (resistance >= 70) return 'guarded';
  if (trust >= 65 && resistance < 40) return 'open';
  if (resistance >= 40) return 'wary';
  return 'neutral';
}

const MOOD_WORDS: Readonly<Record<Mood, string>> = {
  open: 'open and at ease, with a smile',
  neutral: 'attentive, with a neutral face',
  wary: 'wary, brows drawn together',
  guarded: 'guarded, frowning with arms folded',
};

const SKIN = ['#f1c7a3', '#d9a27a', '#b97b52', '#8d5a3b', '#5e3b26'];
const HAIR = ['#2b2118', '#5a3a22', '#8a8a8a', '#a0522d', '#1c1c1c', '#c9a15b'];
const SHIRT = ['#3b5b92', '#5b7d5a', '#7a4e7e', '#8a5a3c', '#41616b'];

/** A small stable number from the name, so each stakeholder keeps their own look. */
function hashOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

function pick<T>(list: readonly T[], hash: number, salt: number): T {
  return list[(hash >>> salt) % list.length] as T;
}

const MOUTHS: Readonly<Record<Mood, string>> = {
  open: 'M50 77 Q60 86 70 77',
  neutral: 'M52 79 L68 79',
  wary: 'M52 80 Q60 77 68 80',
  guarded: 'M51 82 Q60 75 69 82',
};

// Brows: [left, right] paths; lowered and angled in when guarded.
const BROWS: Readonly<Record<Mood, readonly [string, string]>> = {
  open: ['M44 54 Q49 50 55 53', 'M65 53 Q71 50 76 54'],
  neutral: ['M44 55 L55 54', 'M65 54 L76 55'],
  wary: ['M44 55 L55 56', 'M65 56 L76 55'],
  guarded: ['M44 54 L56 58', 'M64 58 L76 54'],
};

export type Props = {
  readonly name: string;
  readonly role: string;
  /** The expression to draw; left out (assessment mode) the face gives nothing away. */
  readonly mood?: Mood | undefined;
};

/**
 * The stakeholder as a drawn bust (SVG, no image files), with a text description for screen
 * readers that says what the face shows.
 */
export function Portrait({ name, role, mood }: Props): React.JSX.Element {
  const hash = hashOf(name);
  const skin = pick(SKIN, hash, 0);
  const hair = pick(HAIR, hash, 3);
  const shirt = pick(SHIRT, hash, 6);
  const longHair = (hash >>> 9) % 2 === 0;
  const face = mood ?? 'neutral';
  const [browLeft, browRight] = BROWS[face];
  const description = mood
    ? `Portrait of ${name}, ${role}, looking ${MOOD_WORDS[mood]}.`
    : `Portrait of ${name}, ${role}.`;
  return (
    <svg
      className={`portrait mood-${face}`}
      viewBox="0 0 120 120"
      role="img"
      aria-label={description}
      data-mood={mood}
    >
      <circle cx="60" cy="60" r="58" className="portrait-backdrop" />
      {longHair ? <path d="M34 58 Q30 98 44 104 L76 104 Q90 98 86 58 Z" fill={hair} /> : null}
      <path d="M18 120 Q20 94 44 90 L76 90 Q100 94 102 120 Z" fill={shirt} />
      <rect x="52" y="80" width="16" height="14" rx="4" fill={skin} />
      <ellipse cx="60" cy="62" rx="22" ry="26" fill={skin} />
      <path
        d={
          longHair
            ? 'M37 62 Q36 34 60 34 Q84 34 83 62 Q76 44 60 44 Q44 44 37 62 Z'
            : 'M38 58 Q38 34 60 34 Q82 34 82 58 Q78 44 60 42 Q42 44 38 58 Z'
        }
        fill={hair}
      />
      <path d={browLeft} className="portrait-line" />
      <path d={browRight} className="portrait-line" />
      <circle cx="50" cy="62" r="2.6" className="portrait-eye" />
      <circle cx="70" cy="62" r="2.6" className="portrait-eye" />
      <path d={MOUTHS[face]} className="portrait-line" />
      {face === 'guarded' ? (
        <path d="M26 112 Q60 98 94 112 L94 120 L26 120 Z" fill={shirt} className="portrait-arms" />
      ) : null}
    </svg>
  );
}
