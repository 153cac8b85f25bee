import type { TrajectoryPoint } from '@rapport/engine';
import { useId } from 'react';

export type Props = { readonly points: readonly TrajectoryPoint[] };

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 44, right: 16, top: 16, bottom: 40 };

/** Resistance and trust after every turn: an SVG chart with the same figures as a table. */
export function TrajectoryChart({ points }: Props): React.JSX.Element {
  const id = useId();
  const last = Math.max(1, points.length - 1);
  const x = (turn: number): number => PAD.left + (turn / last) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number): number =>
    PAD.top + ((100 - value) / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (key: 'resistance' | 'trust'): string =>
    points.map((p) => `${x(p.turn)},${y(p[key])}`).join(' ');
  const first = points[0];
  const end = points.at(-1);
  const summary =
    first && end
      ? `Resistance went from ${first.resistance} to ${end.resistance}, trust from ${first.trust} to ${end.trust}, over ${points.length - 1} turns.`
      : 'No turns were played.';
  return (
    <figure className="trajectory">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Resistance and trust after every turn</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 25, 50, 75, 100].map((value) => (
          <g key={value} className="grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} />
            <text x={PAD.left - 8} y={y(value) + 5} textAnchor="end">
              {value}
            </text>
          </g>
        ))}
        {points.map((p) => (
          <text key={p.turn} className="axis" x={x(p.turn)} y={HEIGHT - 18} textAnchor="middle">
            {p.turn}
          </text>
        ))}
        <text className="axis" x={WIDTH / 2} y={HEIGHT - 2} textAnchor="middle">
          turn
        </text>
        <polyline className="series-resistance" points={line('resistance')} />
        <polyline className="series-trust" points={line('trust')} />
        {points.map((p) => (
          <g key={`m${p.turn}`}>
            <circle className="dot-resistance" cx={x(p.turn)} cy={y(p.resistance)} r={5} />
            <rect
              className="dot-trust"
              x={x(p.turn) - 5}
              y={y(p.trust) - 5}
              width={10}
              height={10}
            />
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="key key-resistance">● solid line: resistance</span>
        <span className="key key-trust">■ dashed line: trust</span>
        <span>{summary}</span>
      </figcaption>
      <details>
        <summary>The trajectory as a table</summary>
        <table>
          <caption>Meters after every turn (0 is the start)</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              <th scope="col">Resistance</th>
              <th scope="col">Trust</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.turn}>
                <th scope="row">{p.turn}</th>
                <td>{p.resistance}</td>
                <td>{p.trust}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
