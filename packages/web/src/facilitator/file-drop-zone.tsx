import { type DragEvent, useRef, useState } from 'react';

export type Props = {
  readonly onFile: (file: File) => void;
};

const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';

/**
 * Drop a scenario file here, or choose one: the button opens the same file input, so the page
 * works with a keyboard alone and the drop is only a shortcut.
 */
export function FileDropZone({ onFile }: Props): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    setOver(true);
  };
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the button inside does the same from the keyboard.
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>Drop a scenario file here (YAML or JSON), or</p>
      <button type="button" className="primary" onClick={() => input.current?.click()}>
        Choose a scenario file…
      </button>
      <label className="visually-hidden" htmlFor="facilitator-file">
        Scenario file
      </label>
      <input
        ref={input}
        id="facilitator-file"
        className="visually-hidden"
        type="file"
        accept={ACCEPT}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again, after editing it, reads it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
