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
  const { technical: te, relational: re } = debrief;
  return `Bands (fair/good): listening ${lr.fair.toFixed(2)}/${lr.good.toFixed(2)} in this scenario; MITI 4.2.1: reflection-to-question ${rq.fair}:1/${rq.good}:1, complex ${cr.fair * 100}%/${cr.good * 100}%, technical ${te.fair}/${te.good}, relational ${re.fair}/${re.good}. Boundaries are outside MITI: decisiveness has no MITI code.`;
}

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** A figure the scenario leaves out: shown, but as not scored here. */
const NOT_SCORED = 'not scored here';

function banded(
  row: Omit<FigureRow, 'band'>,
  figure: { readonly band: Band | null; readonly applies: boolean },
): FigureRow {
  if (!figure.applies) return { label: row.label, value: '–', detail: NOT_SCORED };
  return { ...row, band: figure.band };
}

const estimate = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(1));

/** Every debrief figure as a row, in the order the brief lists them; decisiveness only where it applies. */
export function figureRows(debrief: Debrief): readonly FigureRow[] {
  const { listeningRatio: lr, reflectionToQuestion: rq, complexReflections: cr } = debrief;
  const { codes, talk, technical: te, relational: re } = debrief;
  const rows: FigureRow[] = [
    banded(
      {
        label: FIGURE_LABELS.listeningRatio,
        value: formatFigure('listeningRatio', lr.value),
        detail: `${lr.listening} listening, ${lr.insistence} insistence`,
      },
      lr,
    ),
    banded(
      {
        label: FIGURE_LABELS.reflectionToQuestion,
        value: formatFigure('reflectionToQuestion', rq.value, rq),
        detail: `${plural(rq.reflections, 'reflection')}, ${plural(rq.questions, 'question')}`,
      },
      rq,
    ),
    banded(
      {
        label: FIGURE_LABELS.complexReflections,
        value: formatFigure('complexReflections', cr.value),
        detail: `${cr.complex} of ${plural(cr.reflections, 'reflection')}`,
      },
      cr,
    ),
    banded(
      {
        label: FIGURE_LABELS.technical,
        value: estimate(te.value),
        detail: `MITI fair ${te.fair}, good ${te.good}`,
      },
      te,
    ),
    banded(
      {
        label: FIGURE_LABELS.relational,
        value: estimate(re.value),
        detail: `MITI fair ${re.fair}, good ${re.good}`,
      },
      re,
    ),
    {
      label: 'MI-adherent',
      value: String(debrief.miAdherent),
      detail: 'affirm, collaboration, autonomy',
    },
    {
      label: 'MI-non-adherent',
      value: String(debrief.miNonAdherent),
      detail: 'persuade without permission, confront',
    },
    {
      label: 'Persuade with Permission',
      value: String(codes['persuade-with-permission']),
      detail: 'advice after asking; in neither total',
    },
  ];
  if (talk.applies) {
    rows.push(
      {
        label: 'Change talk evoked',
        value: String(talk.evoked),
        detail: `${plural(talk.changeMet, 'line')} of change talk answered`,
      },
      {
        label: 'Sustain talk',
        value: `${talk.softened}/${talk.reinforced}`,
        detail: `${talk.softened} softened, ${talk.reinforced} reinforced`,
      },
    );
  } else {
    rows.push({ label: 'Change talk evoked', value: '–', detail: NOT_SCORED });
  }
  rows.push({
    label: 'Pushes into resistance',
    value: String(debrief.pushesIntoResistance),
    detail: 'fewer is better',
  });
  if (debrief.decisiveness) {
    const { set, missed } = debrief.decisiveness;
    rows.push({
      label: 'Decisiveness',
      value: `${set}/${set + missed}`,
      detail: `${set} set, ${missed} missed; outside MITI`,
    });
  }
  return rows;
}

const BAND_MARKS: Readonly<Record<Band, string>> = { good: '✓', fair: '~', below: '✗' };

/** The band in words with a mark, so it reads without colour: "✓ good", "✗ below fair". */
export function bandText(band: Band | null): string {
  return band === null ? `– ${describeBand(band)}` : `${BAND_MARKS[band]} ${describeBand(band)}`;
}
