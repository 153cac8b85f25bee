import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the AnnoMI corpus (Wu et al., ICASSP 2022; Future Internet 2023) from a folder the user
 * downloaded it to. Nothing of it is copied into the project: the coder keeps hashed weights only.
 */

export const MAIN_CLASSES = ['question', 'reflection', 'therapist_input', 'other'] as const;
export type MainClass = (typeof MAIN_CLASSES)[number];

export type AnnomiUtterance = {
  readonly transcript: string;
  readonly text: string;
  /** The utterance before this one, whoever said it ("" at the start of a session). */
  readonly context: string;
  readonly main: MainClass;
  /** simple or complex, when the annotators' majority coded a reflection. */
  readonly reflection: 'simple' | 'complex' | null;
  readonly question: 'open' | 'closed' | null;
};

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function records(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  return rows
    .filter((row) => row.length === header.length)
    .map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

function majority<T extends string>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** Where AnnoMI is looked for: RAPPORT_ANNOMI, else ../shared/annomi beside the repository. */
export function annomiFolder(repoRoot: string): string {
  return process.env.RAPPORT_ANNOMI ?? join(repoRoot, '..', 'shared', 'annomi');
}

/** The therapist utterances, with the line before each and the majority subtypes. */
export function loadAnnomi(folder: string): AnnomiUtterance[] {
  const simple = join(folder, 'AnnoMI-simple.csv');
  const full = join(folder, 'AnnoMI-full.csv');
  for (const file of [simple, full]) {
    if (!existsSync(file)) {
      throw new Error(
        `AnnoMI not found: ${file} does not exist. Download the corpus (see docs/coder.md) and set RAPPORT_ANNOMI to its folder.`,
      );
    }
  }
  const subtypes = new Map<string, { reflection: string[]; question: string[] }>();
  for (const r of records(full)) {
    if (r.interlocutor !== 'therapist') continue;
    const key = `${r.transcript_id}/${r.utterance_id}`;
    const entry = subtypes.get(key) ?? { reflection: [], question: [] };
    entry.reflection.push(r.reflection_subtype ?? 'n/a');
    entry.question.push(r.question_subtype ?? 'n/a');
    subtypes.set(key, entry);
  }
  const rows = records(simple);
  const out: AnnomiUtterance[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Record<string, string>;
    if (r.interlocutor !== 'therapist') continue;
    const main = r.main_therapist_behaviour as MainClass;
    if (!MAIN_CLASSES.includes(main)) continue;
    const prev = rows[i - 1];
    const context =
      prev && prev.transcript_id === r.transcript_id ? (prev.utterance_text ?? '') : '';
    const sub = subtypes.get(`${r.transcript_id}/${r.utterance_id}`);
    const reflection = main === 'reflection' ? majority(sub?.reflection ?? []) : null;
    const question = main === 'question' ? majority(sub?.question ?? []) : null;
    out.push({
      transcript: r.transcript_id ?? '',
      text: r.utterance_text ?? '',
      context,
      main,
      reflection: reflection === 'simple' || reflection === 'complex' ? reflection : null,
      question: question === 'open' || question === 'closed' ? question : null,
    });
  }
  return out;
}

/** Folds by transcript: every utterance of a session lands in the same fold. */
export function transcriptFolds(
  transcripts: readonly string[],
  folds: number,
): Map<string, number> {
  const ids = [...new Set(transcripts)].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return new Map(ids.map((id, i) => [id, i % folds]));
}
