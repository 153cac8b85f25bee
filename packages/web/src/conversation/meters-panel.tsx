import type { Meters } from '@rapport/engine';
import { meterLabel } from './meter-delta';

export type Props = {
  readonly names: readonly string[];
  readonly meters: Meters;
};

// Where each meter is good or bad, so the browser's meter shading agrees with the words.
const SHADING: Readonly<Record<string, { low: number; high: number; optimum: number }>> = {
  resistance: { low: 35, high: 70, optimum: 0 },
  trust: { low: 35, high: 65, optimum: 100 },
};

function reading(name: string, value: number): string {
  if (name === 'resistance') return value >= 70 ? 'high' : value >= 40 ? 'guarded' : 'low';
  if (name === 'trust') return value >= 65 ? 'high' : value >= 35 ? 'cautious' : 'low';
  return '';
}

/** The stakeholder's meters, each with a label, a number and a word, never colour alone. */
export function MetersPanel({ names, meters }: Props): React.JSX.Element {
  return (
    <section className="meters" aria-labelledby="meters-heading">
      <h2 id="meters-heading" className="small-heading">
        How they feel
      </h2>
      {names.map((name) => {
        const value = meters[name] ?? 0;
        const id = `meter-${name}`;
        const word = reading(name, value);
        return (
          <div className="meter-row" key={name}>
            <label htmlFor={id}>{meterLabel(name)}</label>
            <span className="meter-value">
              {value}
              <span className="meter-word">{word ? ` ${word}` : ''}</span>
            </span>
            <meter id={id} min={0} max={100} value={value} {...SHADING[name]}>
              {value} of 100
            </meter>
          </div>
        );
      })}
    </section>
  );
}
