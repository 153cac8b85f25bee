import { initialMeters, type Meters, meterNames, type Scenario, startNode } from '@rapport/engine';
import { type FormEvent, useState } from 'react';
import { meterLabel } from '../conversation/meter-delta';

export type Props = {
  readonly scenario: Scenario;
  /** `words`: type each reply, coded by the move coder, as in own-words play. */
  readonly onStart: (start: string, meters: Meters, words: boolean) => void;
};

/** The first words of a line, so a long node list stays readable in a select. */
function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

function clamp(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** Pick any node and any meter values, then start the preview there. */
export function StartForm({ scenario, onStart }: Props): React.JSX.Element {
  const [node, setNode] = useState(() => startNode(scenario));
  const [meters, setMeters] = useState<Meters>(() => initialMeters(scenario));
  const [words, setWords] = useState(false);
  const setMeter = (name: string, value: number): void =>
    setMeters((previous) => ({ ...previous, [name]: clamp(value) }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onStart(node, meters, words);
  };
  const reset = (): void => {
    const start = startNode(scenario);
    const values = initialMeters(scenario);
    setNode(start);
    setMeters(values);
    onStart(start, values, words);
  };
  return (
    <form className="start-form" onSubmit={submit} aria-labelledby="start-form-heading">
      <h3 id="start-form-heading">Start anywhere</h3>
      <div className="field">
        <label htmlFor="start-node">Node</label>
        <select id="start-node" value={node} onChange={(event) => setNode(event.target.value)}>
          {Object.entries(scenario.nodes).map(([id, each]) => (
            <option key={id} value={id}>
              {id}: {preview(each.says)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="start-meters">
        <legend>Meters at the start</legend>
        {meterNames(scenario).map((name) => {
          const label = meterLabel(name);
          const value = meters[name] ?? 0;
          return (
            <div className="start-meter" key={name}>
              <label htmlFor={`start-meter-${name}`}>{label}</label>
              <input
                type="range"
                min={0}
                max={100}
                value={value}
                aria-label={`${label} (slider)`}
                onChange={(event) => setMeter(name, Number(event.target.value))}
              />
              <input
                id={`start-meter-${name}`}
                type="number"
                min={0}
                max={100}
                step={1}
                inputMode="numeric"
                value={value}
                onChange={(event) => setMeter(name, Number(event.target.value))}
              />
            </div>
          );
        })}
      </fieldset>
      <label className="mode own-words-choice">
        <input
          type="checkbox"
          checked={words}
          onChange={(event) => setWords(event.target.checked)}
        />{' '}
        Type the replies: the move coder codes each one and plays the option it matches, as in a
        learner's own-words play
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          Start here
        </button>
        <button type="button" className="secondary" onClick={reset}>
          Back to the scenario’s start
        </button>
      </div>
    </form>
  );
}
