import { useId, useLayoutEffect, useRef, useState } from 'react';
import { meterLabel } from '../conversation/meter-delta';
import type { Marked, Series } from './meter-series';

export type Props = {
  readonly series: readonly Series[];
  readonly marks: readonly Marked[];
};

const DEFAULT_WIDTH = 640;
const HEIGHT = 280;
// Drawn at the width it is shown at, so 13 px text stays 13 px on a phone.
const FONT = 13;
const MARK_ROW = 16;

// Each meter drawn differently in line and marker, not by colour alone.
const STYLES = [
  { dash: undefined, marker: 'circle', key: '●', line: 'solid line' },
  { dash: '7 5', marker: 'square', key: '■', line: 'dashed line' },
  { dash: '2 4', marker: 'triangle', key: '▲', line: 'dotted line' },
  { dash: '10 3 2 3', marker: 'diamond', key: '◆', line: 'dash-dot line' },
] as const;

function styleOf(index: number): (typeof STYLES)[number] {
  return STYLES[index % STYLES.length] as (typeof STYLES)[number];
}

function Marker({
  shape,
  x,
  y,
  className,
}: {
  readonly shape: string;
  readonly x: number;
  readonly y: number;
  readonly className: string;
}): React.JSX.Element {
  if (shape === 'circle') return <circle className={className} cx={x} cy={y} r={4.5} />;
  if (shape === 'square')
    return <rect className={className} x={x - 4.5} y={y - 4.5} width={9} height={9} />;
  if (shape === 'triangle')
    return (
      <path
        className={className}
        d={`M${x} ${y - 5.5} L${x + 5.5} ${y + 4.5} L${x - 5.5} ${y + 4.5} Z`}
      />
    );
  return (
    <path
      className={className}
      d={`M${x} ${y - 6} L${x + 6} ${y} L${x} ${y + 6} L${x - 6} ${y} Z`}
    />
  );
}

/** The width the chart is shown at; the default where it cannot be measured (tests, print). */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      const shown = Math.round(element.clientWidth);
      if (shown > 0) setWidth(Math.min(900, Math.max(280, shown)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Every meter after every turn, with the turning points marked on it and their direction: an SVG
 * chart, described in words, with the same figures as a table.
 */
export function TrajectoryChart({ series, marks }: Props): React.JSX.Element {
  const id = useId();
  const [box, width] = useWidth();
  const turns = Math.max(0, (series[0]?.values.length ?? 1) - 1);
  const rows = Math.min(3, marks.length);
  const pad = { left: 36, right: 14, top: 10 + rows * MARK_ROW, bottom: 40 };
  const height = HEIGHT + rows * MARK_ROW;
  const last = Math.max(1, turns);
  const x = (turn: number): number => pad.left + (turn / last) * (width - pad.left - pad.right);
  const y = (value: number): number =>
    pad.top + ((100 - value) / 100) * (height - pad.top - pad.bottom);
  // On a narrow chart label every other turn, so the numbers never run together.
  const every =
    (width - pad.left - pad.right) / last < 22
      ? Math.ceil(22 / ((width - pad.left - pad.right) / last))
      : 1;
  const names = series.map((s) => meterLabel(s.name).toLowerCase());
  const title = `${meterLabel(listOf(names))} after every turn`;
  const summary =
    turns === 0
      ? 'No turns were played.'
      : `${series
          .map((s) => `${meterLabel(s.name)} went from ${s.values[0]} to ${s.values.at(-1)}`)
          .join('; ')}, over ${turns} turns.${
          marks.length > 0
            ? ` Turning points: ${marks.map((m) => `turn ${m.turn}, ${m.label}`).join('; ')}.`
            : ''
        }`;
  return (
    <figure className="trajectory">
      <div ref={box} className="trajectory-box">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          style={{ fontSize: FONT }}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {[0, 25, 50, 75, 100].map((value) => (
            <g key={value} className="grid">
              <line x1={pad.left} x2={width - pad.right} y1={y(value)} y2={y(value)} />
              <text x={pad.left - 6} y={y(value) + 4} textAnchor="end">
                {value}
              </text>
            </g>
          ))}
          {Array.from({ length: turns + 1 }, (_, turn) => turn)
            .filter((turn) => turn % every === 0 || turn === turns)
            .map((turn) => (
              <text key={turn} className="axis" x={x(turn)} y={height - 22} textAnchor="middle">
                {turn}
              </text>
            ))}
          <text
            className="axis"
            x={(pad.left + width - pad.right) / 2}
            y={height - 4}
            textAnchor="middle"
          >
            turn
          </text>
          {marks.map((mark, i) => {
            const row = i % 3;
            const labelY = 10 + row * MARK_ROW + FONT - 2;
            const anchor =
              x(mark.turn) > width - 70 ? 'end' : x(mark.turn) < 70 ? 'start' : 'middle';
            return (
              <g key={mark.turn} className="turning-mark">
                <line
                  x1={x(mark.turn)}
                  x2={x(mark.turn)}
                  y1={labelY + 3}
                  y2={height - pad.bottom}
                />
                <text x={x(mark.turn)} y={labelY} textAnchor={anchor}>
                  {`Turn ${mark.turn}: ${mark.label}`}
                </text>
              </g>
            );
          })}
          {series.map((s, index) => {
            const style = styleOf(index);
            return (
              <g key={s.name} className={`series series-${index} series-${s.name}`}>
                <polyline
                  points={s.values.map((value, turn) => `${x(turn)},${y(value)}`).join(' ')}
                  strokeDasharray={style.dash}
                />
                {s.values.map((value, turn) => (
                  <Marker
                    // biome-ignore lint/suspicious/noArrayIndexKey: a turn number is the identity
                    key={turn}
                    shape={style.marker}
                    x={x(turn)}
                    y={y(value)}
                    className="dot"
                  />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        {series.map((s, index) => (
          <span key={s.name} className={`key series-key-${index}`}>
            {styleOf(index).key} {styleOf(index).line}: {meterLabel(s.name).toLowerCase()}
          </span>
        ))}
        {marks.length > 0 ? (
          <span className="key turning-key">┆ turning point, with the meter it moved most</span>
        ) : null}
        <span>{summary}</span>
      </figcaption>
      <details>
        <summary>The trajectory as a table</summary>
        <table>
          <caption>Meters after every turn (0 is the start)</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {meterLabel(s.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: turns + 1 }, (_, turn) => turn).map((turn) => (
              <tr key={turn}>
                <th scope="row">{turn}</th>
                {series.map((s) => (
                  <td key={s.name}>{s.values[turn]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
