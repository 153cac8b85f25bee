import type { CheckReport, Scenario } from '@rapport/engine';
import { useEffect, useRef, useState } from 'react';
import { ScreenHeading } from '../app/screen-heading';
import { bundledCatalog } from '../scenarios/bundled';
import { BundledPicker } from './bundled-picker';
import { bundledText } from './bundled-texts';
import { type Checker, checkInWorker } from './check-in-worker';
import { CheckPanel } from './check-panel';
import { problemCount } from './check-summary';
import { FileDropZone } from './file-drop-zone';
import { GraphView } from './graph-view';
import { PlayerBoundary } from './player-boundary';
import { Preview } from './preview';
import { readScenarioFile } from './read-scenario-file';
import { safeLoad } from './safe-load';
import './facilitator.css';

type PageState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'refused'; readonly file: string; readonly message: string }
  | {
      readonly kind: 'open';
      /** Counts files opened, so a late report for an earlier file is dropped. */
      readonly key: number;
      readonly file: string;
      /** When the file loads: it can be played and drawn while the analysis runs. */
      readonly scenario: Scenario | undefined;
      readonly report: CheckReport | undefined;
    };

function statusOf(state: PageState): string {
  switch (state.kind) {
    case 'empty':
      return 'No scenario open yet.';
    case 'reading':
      return `Reading ${state.file}…`;
    case 'refused':
      return `${state.file} was not opened.`;
    case 'open':
      return state.report
        ? `Checked ${state.file}: ${problemCount(state.report)}.`
        : `Checking ${state.file}…`;
  }
}

export type Props = {
  /** How a file is checked; the app leaves it to the default, which runs in a worker. */
  readonly check?: Checker;
};

/**
 * The facilitator's workbench: open a scenario file, see what `rapport check` says about it, play
 * it from any node with any meters, and read its graph. Nothing leaves the browser.
 */
export function FacilitatorPage({ check = checkInWorker }: Props): React.JSX.Element {
  const [state, setState] = useState<PageState>({ kind: 'empty' });
  const opened = useRef(0);
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);
  const show = (file: string, text: string): void => {
    opened.current += 1;
    const key = opened.current;
    running.current?.abort();
    running.current = new AbortController();
    setState({ kind: 'open', key, file, scenario: safeLoad(text, file), report: undefined });
    void check(text, file, running.current.signal).then((report) =>
      setState((now) => (now.kind === 'open' && now.key === key ? { ...now, report } : now)),
    );
  };
  const openFile = async (file: File): Promise<void> => {
    setState({ kind: 'reading', file: file.name });
    const read = await readScenarioFile(file);
    if (read.ok) show(read.file, read.text);
    else setState({ kind: 'refused', file: read.file, message: read.message });
  };
  const openBundled = (file: string): void => {
    const text = bundledText(file);
    if (text === undefined) {
      setState({ kind: 'refused', file, message: `${file} is not bundled with this trainer.` });
    } else {
      show(file, text);
    }
  };

  return (
    <div className="facilitator">
      <ScreenHeading focusKey="facilitator">Facilitator workbench</ScreenHeading>
      <p className="lede">
        Open a scenario file to see its problems as <code>rapport check</code> reports them, play it
        from any node with the meters you choose, and read its graph. The file stays in this
        browser.
      </p>
      <section className="facilitator-open" aria-labelledby="open-heading">
        <h2 id="open-heading">Open a scenario</h2>
        <FileDropZone onFile={(file) => void openFile(file)} />
        <BundledPicker catalog={bundledCatalog} onOpen={openBundled} />
      </section>
      <p className="facilitator-status" role="status">
        {statusOf(state)}
      </p>
      {state.kind === 'refused' ? (
        <p className="facilitator-refused" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'open' ? (
        <div className="facilitator-results" key={state.key}>
          <CheckPanel file={state.file} report={state.report} />
          {state.scenario ? (
            <>
              <PlayerBoundary>
                <Preview scenario={state.scenario} file={state.file} />
              </PlayerBoundary>
              <GraphView scenario={state.scenario} />
            </>
          ) : state.report ? (
            <p className="hint">Fix the errors to play the scenario and see its graph.</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
