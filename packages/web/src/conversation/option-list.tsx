import type { Option } from '@rapport/engine';

export type Props = {
  readonly options: readonly Option[];
  readonly onPick: (option: Option) => void;
  readonly label: string;
};

/** The learner's options, numbered as the number keys pick them. */
export function OptionList({ options, onPick, label }: Props): React.JSX.Element {
  return (
    <ol className="options" aria-label={label}>
      {options.map((option, i) => (
        <li key={option.id}>
          <button type="button" className="option" onClick={() => onPick(option)}>
            <kbd className="key-hint">{i + 1}</kbd>
            <span>{option.text}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
