import type { Debrief, Transcript, Turn } from '@rapport/engine';
import { formatDelta, meterDelta, meterLabel } from '../conversation/meter-delta';

/** Every meter the conversation had, resistance and trust first, then the scenario's own. */
export function meterNamesOf(transcript: Transcript): string[] {
  const names = new Set(Object.keys(transcript.start.meters));
  for (const turn of transcript.turns) for (const name of Object.keys(turn.after)) names.add(name);
  const rest = [...names].filter((name) => name !== 'resistance' && name !== 'trust').sort();
  return ['resistance', 'trust', ...rest];
}

export type Series = {
  readonly name: string;
  /** The value at the start (index 0) and after every turn. */
  readonly values: readonly number[];
};

export function seriesOf(transcript: Transcript): Series[] {
  const start = transcript.turns[0]?.before ?? transcript.start.meters;
  return meterNamesOf(transcript).map((name) => ({
    name,
    values: [start[name] ?? 0, ...transcript.turns.map((turn) => turn.after[name] ?? 0)],
  }));
}

export type Marked = {
  /** 1-based turn. */
  readonly turn: number;
  /** The meter that moved most at that turn, with its direction: "resistance −19". */
  readonly label: string;
  readonly meter: string;
};

/** The meter a turn moved most, and by how much, with its sign. */
export function biggestChange(turn: Turn): { readonly meter: string; readonly delta: number } {
  let meter = 'resistance';
  let delta = meterDelta(turn, 'resistance');
  for (const name of Object.keys(turn.after)) {
    const d = meterDelta(turn, name);
    if (Math.abs(d) > Math.abs(delta)) {
      meter = name;
      delta = d;
    }
  }
  return { meter, delta };
}

/** The debrief's turning points, each named by the meter it moved most and in which direction. */
export function markedTurningPoints(debrief: Debrief, transcript: Transcript): Marked[] {
  return debrief.turningPoints.flatMap((point) => {
    const turn = transcript.turns[point.turn - 1];
    if (!turn) return [];
    const { meter, delta } = biggestChange(turn);
    return [
      {
        turn: point.turn,
        meter,
        label: `${meterLabel(meter).toLowerCase()} ${formatDelta(delta)}`,
      },
    ];
  });
}
