import type { Transcript } from '@rapport/engine';
import type { LiveView } from './live.js';
import type { AttemptRow, Participant } from './store.js';

export type RoomExport = {
  readonly exportedAt: string;
  readonly attempts: readonly {
    readonly participant: { readonly id: string; readonly name: string | null };
    readonly id: string;
    readonly scenarioId: string;
    readonly mode: string;
    readonly seed: number;
    readonly startedAt: string;
    readonly choices: readonly string[];
    /** The transcript the engine rebuilt from the choices: what the trainers score. */
    readonly transcript: Transcript | null;
    readonly outcome: string | null;
    readonly ending: string | null;
    readonly listeningRatio: number | null;
    readonly reflectionToQuestion: number | null;
    readonly complexReflections: number | null;
  }[];
};

/** The room as data: every attempt, replayed and scored by the engine from its stored choices. */
export function toExport(
  live: LiveView,
  everything: {
    participants: readonly Participant[];
    attempts: readonly (AttemptRow & { choices: readonly string[] })[];
  },
): RoomExport {
  const names = new Map(everything.participants.map((p) => [p.id, p.name]));
  return {
    exportedAt: new Date().toISOString(),
    attempts: everything.attempts.map((attempt) => {
      const { debrief, transcript } = live.scored(attempt);
      return {
        participant: { id: attempt.participantId, name: names.get(attempt.participantId) ?? null },
        id: attempt.id,
        scenarioId: attempt.scenarioId,
        mode: attempt.mode,
        seed: attempt.seed,
        startedAt: attempt.startedAt,
        choices: attempt.choices,
        transcript,
        outcome: debrief?.outcome?.outcome ?? null,
        ending: debrief?.outcome?.id ?? null,
        listeningRatio: debrief?.listeningRatio.value ?? null,
        reflectionToQuestion: debrief?.reflectionToQuestion.value ?? null,
        complexReflections: debrief?.complexReflections.value ?? null,
      };
    }),
  };
}

/**
 * One CSV cell: quoted when it must be, and a leading = + - @ made inert, so a spreadsheet never
 * runs a display name as a formula.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

export function toCsv(room: RoomExport): string {
  const header = [
    'participant',
    'name',
    'attempt',
    'scenario',
    'mode',
    'started',
    'turns',
    'outcome',
    'ending',
    'listening_ratio',
    'reflection_to_question',
    'complex_reflections',
    'choices',
  ];
  const rows = room.attempts.map((a) =>
    [
      a.participant.id,
      a.participant.name,
      a.id,
      a.scenarioId,
      a.mode,
      a.startedAt,
      a.choices.length,
      a.outcome,
      a.ending,
      round(a.listeningRatio),
      round(a.reflectionToQuestion),
      round(a.complexReflections),
      a.choices.join(' '),
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
