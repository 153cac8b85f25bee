import type { CheckReport } from '@rapport/engine';
import { checkFacts, checkOutput, problemCount } from './check-summary';
import { ProblemList } from './problem-list';

export type Props = {
  readonly file: string;
  /** Undefined while the check runs. */
  readonly report: CheckReport | undefined;
};

/** What `rapport check` says about the file: its errors and warnings, then the summary. */
export function CheckPanel({ file, report }: Props): React.JSX.Element {
  const facts = report ? checkFacts(report) : [];
  return (
    <section className="facilitator-check" aria-labelledby="check-heading" aria-busy={!report}>
      <h2 id="check-heading">
        Check of <code>{file}</code>
      </h2>
      {report ? (
        <p className="verdict">
          {report.id ? (
            <>
              Scenario <code>{report.id}</code>:{' '}
            </>
          ) : null}
          {problemCount(report)}.
        </p>
      ) : (
        <p className="verdict">Checking… the analysis walks every path a learner can take.</p>
      )}
      {report && report.errors.length > 0 ? (
        <>
          <h3>Errors</h3>
          <ProblemList problems={report.errors} label="Errors" />
        </>
      ) : null}
      {report && report.warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <ProblemList problems={report.warnings} label="Warnings" />
        </>
      ) : null}
      {facts.length > 0 ? (
        <>
          <h3>Summary</h3>
          <dl className="check-stats">
            {facts.map((fact) => (
              <div key={fact.term}>
                <dt>{fact.term}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {report ? (
        <details>
          <summary>
            As <code>rapport check</code> prints it
          </summary>
          <pre className="check-output">{checkOutput(report)}</pre>
        </details>
      ) : null}
    </section>
  );
}
