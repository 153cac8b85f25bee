import { type FormEvent, useState } from 'react';
import type { Catalog } from '../scenarios/catalog';

export type Props = {
  readonly catalog: Catalog;
  readonly onOpen: (file: string) => void;
};

/** Opens one of the scenarios that ship with the trainer, to check it or start from a copy. */
export function BundledPicker({ catalog, onOpen }: Props): React.JSX.Element | null {
  const [file, setFile] = useState(catalog[0]?.file ?? '');
  if (catalog.length === 0) return null;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (file) onOpen(file);
  };
  return (
    <form className="bundled-picker" onSubmit={submit}>
      <label htmlFor="bundled-scenario">Or a bundled scenario</label>
      <div className="inline">
        <select
          id="bundled-scenario"
          value={file}
          onChange={(event) => setFile(event.target.value)}
        >
          {catalog.map((entry) => (
            <option key={entry.file} value={entry.file}>
              {entry.ok
                ? `${entry.scenario.title} (${entry.file})`
                : `${entry.file} (does not load)`}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          Open
        </button>
      </div>
    </form>
  );
}
