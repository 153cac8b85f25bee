import { formatProblem, type ScenarioProblem } from '@rapport/engine';

export type Props = {
  readonly problems: readonly ScenarioProblem[];
  readonly label: string;
};

/** Problems exactly as `rapport check` prints them: `file:line:column: severity: message`. */
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
        </li>
      ))}
    </ul>
  );
}
