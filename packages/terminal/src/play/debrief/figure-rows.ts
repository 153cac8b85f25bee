import {
  type Band,
  type Debrief,
  describeBand,
  FIGURE_LABELS,
  formatFigure,
} from '@rapport/engine';

export type FigureRow = {
  readonly label: string;
  readonly value: string;
  /** Absent for plain counts, which have no thresholds. */
  readonly band?: Band | null;
  readonly detail: string;
};

export function bandsNote(debrief: Debrief): string {
  const { listeningRatio: lr, reflectionToQuestion: rq, complexReflections: cr } = debrief;
  return `Bands (fair/good): listening ${lr.fair.toFixed(2)}/${lr.good.toFixed(2)} in this scenario; MITI 4.2.1: reflection-to-question ${rq.fair}:1/${rq.good}:1, complex ${cr.fair * 100}%/${cr.good * 100}%.`;
}

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** Every debrief figure as a row, in the order the brief lists them; decisiveness only where it applies. */
export function figureRows(debrief: Debrief): readonly FigureRow[] {
  const { listeningRatio: lr, reflectionToQuestion: rq, complexReflections: cr } = debrief;
  const rows: FigureRow[] = [
    {
      label: FIGURE_LABELS.listeningRatio,
      value: formatFigure('listeningRatio', lr.value),
      band: lr.band,
      detail: `${lr.listening} listening, ${lr.insistence} insistence`,
    },
    {
      label: FIGURE_LABELS.reflectionToQuestion,
      value: formatFigure('reflectionToQuestion', rq.value, rq),
      band: rq.band,
      detail: `${plural(rq.reflections, 'reflection')}, ${plural(rq.questions, 'question')}`,
    },
    {
      label: FIGURE_LABELS.complexReflections,
      value: formatFigure('complexReflections', cr.value),
      band: cr.band,
      detail: `${cr.complex} of ${plural(cr.reflections, 'reflection')}`,
    },
    {
      label: 'MI-adherent',
      value: String(debrief.miAdherent),
      detail: 'affirm, collaborate, autonomy',
    },
    {
      label: 'MI-non-adherent',
      value: String(debrief.miNonAdherent),
      detail: 'push, confront, rank, dismiss',
    },
    {
      label: 'Pushes into resistance',
      value: String(debrief.pushesIntoResistance),
      detail: 'fewer is better',
    },
  ];
  if (debrief.decisiveness) {
    const { set, missed } = debrief.decisiveness;
    rows.push({
      label: 'Decisiveness',
      value: `${set}/${set + missed}`,
      detail: `${set} set, ${missed} missed`,
    });
  }
  return rows;
}

const BAND_MARKS: Readonly<Record<Band, string>> = { good: '✓', fair: '~', below: '✗' };

/** The band in words with a mark, so it reads without colour: "✓ good", "✗ below fair". */
export function bandText(band: Band | null): string {
  return band === null ? `– ${describeBand(band)}` : `${BAND_MARKS[band]} ${describeBand(band)}`;
}
