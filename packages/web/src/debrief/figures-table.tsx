import { type Debrief, describeBand, FIGURE_LABELS, formatFigure } from '@rapport/engine';

export type Props = { readonly debrief: Debrief };

function Band({ band }: { readonly band: Debrief['listeningRatio']['band'] }): React.JSX.Element {
  return <span className={`band band-${band ?? 'none'}`}>{describeBand(band)}</span>;
}

/** Every figure of the debrief with its band or how it is read. */
export function FiguresTable({ debrief }: Props): React.JSX.Element {
  const { listeningRatio: lr, reflectionToQuestion: rq, complexReflections: cr } = debrief;
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
            <Band band={lr.band} />
          </td>
          <td>
            fair from {lr.fair.toFixed(2)}, good from {lr.good.toFixed(2)} (this scenario)
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
            <Band band={rq.band} />
          </td>
          <td>MITI 4.2.1: fair 1:1, good 2:1</td>
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
            <Band band={cr.band} />
          </td>
          <td>MITI 4.2.1: fair 40%, good 50%</td>
        </tr>
        <tr>
          <th scope="row">MI-adherent moves</th>
          <td>{debrief.miAdherent}</td>
          <td>count</td>
          <td>affirming, seeking collaboration, emphasising autonomy</td>
        </tr>
        <tr>
          <th scope="row">MI-non-adherent moves</th>
          <td>{debrief.miNonAdherent}</td>
          <td>count</td>
          <td>persuading, confronting, insisting, pulling rank, dismissing</td>
        </tr>
        <tr>
          <th scope="row">Pushes into resistance</th>
          <td>{debrief.pushesIntoResistance}</td>
          <td>{debrief.pushesIntoResistance === 0 ? 'none' : 'fewer is better'}</td>
          <td>insisting while resistance was rising</td>
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
          <td>boundaries set at non-negotiable moments</td>
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
