import { initialMeters, type Meters, type Scenario, startNode } from '@rapport/engine';
import { useState } from 'react';
import { PlayerBoundary } from './player-boundary';
import { PreviewRun } from './preview-run';
import { StartForm } from './start-form';

export type Props = {
  readonly scenario: Scenario;
  /** The file as opened. */
  readonly file: string;
};

type Run = {
  readonly key: number;
  readonly start: string;
  readonly meters: Meters;
  readonly words: boolean;
};

/** Play the scenario as a learner would, from its start or from any node with any meters. */
export function Preview({ scenario, file }: Props): React.JSX.Element {
  const [run, setRun] = useState<Run>(() => ({
    key: 0,
    start: startNode(scenario),
    meters: initialMeters(scenario),
    words: false,
  }));
  const start = (node: string, meters: Meters, words: boolean): void =>
    setRun((previous) => ({ key: previous.key + 1, start: node, meters, words }));
  return (
    <section className="facilitator-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Play it</h2>
      <StartForm scenario={scenario} onStart={start} />
      <PlayerBoundary key={run.key}>
        <PreviewRun
          scenario={scenario}
          file={file}
          start={run.start}
          meters={run.meters}
          words={run.words}
        />
      </PlayerBoundary>
    </section>
  );
}
