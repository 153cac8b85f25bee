import {
  type Band as BandValue,
  type Debrief,
  describeBand,
  FIGURE_LABELS,
  formatFigure,
  MI_ADHERENT_CODES,
  MI_NON_ADHERENT_CODES,
  MIN_MATERIAL,
  MITI_CODE_LABELS,
  type MitiCode,
} from '@rapport/engine';

export type Props = { readonly debrief: Debrief };

/** What the band column says for a figure the scenario leaves out. */
export const NOT_SCORED = 'not scored in this scenario';

function Band({
  band,
  applies = true,
}: {
  readonly band: BandValue | null;
  readonly applies?: boolean;
}): React.JSX.Element {
  if (!applies) return <span className="band band-none">{NOT_SCORED}</span>;
  return <span className={`band band-${band ?? 'none'}`}>{describeBand(band)}</span>;
}

/** "Affirm, Seeking Collaboration and Emphasizing Autonomy", as MITI names the codes. */
function codeList(codes: ReadonlySet<MitiCode>): string {
  const labels = [...codes].map((code) => MITI_CODE_LABELS[code]);
  return labels.length < 2
    ? labels.join('')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** A part of a global estimate, 1 to 5, or n/a when the conversation had nothing for it. */
function part(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : value.toFixed(1);
}

/** Every figure of the debrief with its band or how it is read. */
export function FiguresTable({ debrief }: Props): React.JSX.Element {
  const {
    listeningRatio: lr,
    reflectionToQuestion: rq,
    complexReflections: cr,
    technical,
    relational,
    talk,
  } = debrief;
  return (
    <table className="figures">
      <caption>Your figures</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Value</th>
          <th scope="col">Band</th>
          <th scope="col">How it is judged</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{FIGURE_LABELS.listeningRatio}</th>
          <td>
            {formatFigure('listeningRatio', lr.value)}
            <span className="counts">
              {lr.listening} listening, {lr.insistence} insisting
            </span>
          </td>
          <td>
            <Band band={lr.band} applies={lr.applies} />
          </td>
          <td>
            fair from {lr.fair.toFixed(2)}, good from {lr.good.toFixed(2)} (this scenario); rated on{' '}
            {MIN_MATERIAL.listeningRatio} or more listening and insisting moves
          </td>
        </tr>
        <tr>
          <th scope="row">{FIGURE_LABELS.reflectionToQuestion}</th>
          <td>
            {formatFigure('reflectionToQuestion', rq.value, rq)}
            <span className="counts">
              {rq.reflections} reflections, {rq.questions} questions
            </span>
          </td>
          <td>
            <Band band={rq.band} applies={rq.applies} />
          </td>
          <td>
            MITI 4.2.1: fair 1:1, good 2:1; rated on {MIN_MATERIAL.reflectionToQuestion} or more
            reflections and questions, at least one a question
          </td>
        </tr>
        <tr>
          <th scope="row">{FIGURE_LABELS.complexReflections}</th>
          <td>
            {formatFigure('complexReflections', cr.value)}
            <span className="counts">
              {cr.complex} of {cr.reflections} reflections
            </span>
          </td>
          <td>
            <Band band={cr.band} applies={cr.applies} />
          </td>
          <td>
            MITI 4.2.1: fair 40%, good 50%; rated on {MIN_MATERIAL.complexReflections} or more
            reflections
          </td>
        </tr>
        <tr>
          <th scope="row">{FIGURE_LABELS.technical}</th>
          <td>
            {formatFigure('technical', technical.value)}
            <span className="counts">
              cultivating change talk {part(technical.parts.cultivatingChangeTalk)}, softening
              sustain talk {part(technical.parts.softeningSustainTalk)}
            </span>
          </td>
          <td>
            <Band band={technical.band} applies={technical.applies} />
          </td>
          <td>
            an estimate of MITI 4.2.1’s Technical global (1 to 5) from your coded choices: fair{' '}
            {technical.fair}, good {technical.good}
          </td>
        </tr>
        <tr>
          <th scope="row">{FIGURE_LABELS.relational}</th>
          <td>
            {formatFigure('relational', relational.value)}
            <span className="counts">
              partnership {part(relational.parts.partnership)}, empathy{' '}
              {part(relational.parts.empathy)}
            </span>
          </td>
          <td>
            <Band band={relational.band} applies={relational.applies} />
          </td>
          <td>
            an estimate of MITI 4.2.1’s Relational global (1 to 5) from your coded choices: fair{' '}
            {relational.fair}, good {relational.good}
          </td>
        </tr>
        <tr>
          <th scope="row">Change talk evoked</th>
          <td>
            {talk.evoked}
            <span className="counts">{talk.changeMet} change-talk lines answered</span>
          </td>
          <td>{talk.applies ? 'count' : NOT_SCORED}</td>
          <td>lines of change talk after one of your turns; more is better</td>
        </tr>
        <tr>
          <th scope="row">Sustain talk</th>
          <td>
            {talk.softened} softened, {talk.reinforced} reinforced
            <span className="counts">{talk.sustainMet} sustain-talk lines answered</span>
          </td>
          <td>{talk.applies ? 'count' : NOT_SCORED}</td>
          <td>
            softened by a complex reflection or a word for their autonomy; reinforced by a simple
            reflection, a push or a confrontation
          </td>
        </tr>
        <tr>
          <th scope="row">MI-adherent</th>
          <td>{debrief.miAdherent}</td>
          <td>count</td>
          <td>MITI 4.2.1 codes {codeList(MI_ADHERENT_CODES)}</td>
        </tr>
        <tr>
          <th scope="row">MI-non-adherent</th>
          <td>{debrief.miNonAdherent}</td>
          <td>count</td>
          <td>MITI 4.2.1 codes {codeList(MI_NON_ADHERENT_CODES)}</td>
        </tr>
        <tr>
          <th scope="row">{MITI_CODE_LABELS['persuade-with-permission']}</th>
          <td>{debrief.codes['persuade-with-permission']}</td>
          <td>count</td>
          <td>advice given after they agreed to hear it; in neither total</td>
        </tr>
        <tr>
          <th scope="row">Pushes into resistance</th>
          <td>{debrief.pushesIntoResistance}</td>
          <td>{debrief.pushesIntoResistance === 0 ? 'none' : 'fewer is better'}</td>
          <td>insisting while resistance was high or rising</td>
        </tr>
        <tr>
          <th scope="row">Decisiveness</th>
          <td>
            {debrief.decisiveness
              ? `${debrief.decisiveness.set} set, ${debrief.decisiveness.missed} missed`
              : 'no non-negotiable moment'}
          </td>
          <td>
            {debrief.decisiveness
              ? debrief.decisiveness.missed === 0
                ? 'decisive'
                : 'boundary missed'
              : 'n/a'}
          </td>
          <td>
            boundaries set at non-negotiable moments; boundaries are outside MITI, which has no code
            for a legitimate limit
          </td>
        </tr>
        <tr>
          <th scope="row">Turns</th>
          <td>{debrief.turns}</td>
          <td>count</td>
          <td>choices you made</td>
        </tr>
      </tbody>
    </table>
  );
}
