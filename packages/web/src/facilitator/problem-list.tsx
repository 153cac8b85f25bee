import { formatProblem, type ScenarioProblem } from '@rapport/engine';

export type Props = {
  readonly problems: readonly ScenarioProblem[];
  readonly label: string;
};

/** What was expected and what was found, when the engine knows. */
function detail(problem: ScenarioProblem): string {
  const { expected, found } = problem;
  if (expected !== undefined && found !== undefined) return `Expected ${expected}; found ${found}.`;
  if (expected !== undefined) return `Expected ${expected}.`;
  if (found !== undefined) return `Found ${found}.`;
  return '';
}

/** Problems exactly as `rapport check` prints them, with what was expected and found. */
export function ProblemList({ problems, label }: Props): React.JSX.Element {
  return (
    <ul className="problem-list" aria-label={label}>
      {problems.map((problem, index) => (
        <li
          // Problems have no id; the same message can repeat at different places.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced, never reordered.
          key={index}
          className={`problem problem-${problem.severity}`}
        >
          <code className="problem-line">{formatProblem(problem)}</code>
          {detail(problem) ? <span className="problem-detail"> {detail(problem)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
