import type { Transcript } from '@rapport/engine';
import { attemptJson, attemptMarkdown, download, exportName } from './export-attempt';

export type Props = {
  readonly transcript: Transcript;
  /** Names the attempt for screen readers where several rows each have export buttons. */
  readonly attempt?: string;
};

export function ExportButtons({ transcript, attempt }: Props): React.JSX.Element {
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-label={attempt ? `Export as Markdown, ${attempt}` : undefined}
        onClick={() =>
          download(exportName(transcript, 'md'), 'text/markdown', attemptMarkdown(transcript))
        }
      >
        Export as Markdown
      </button>
      <button
        type="button"
        className="secondary"
        aria-label={attempt ? `Export as JSON, ${attempt}` : undefined}
        onClick={() =>
          download(exportName(transcript, 'json'), 'application/json', attemptJson(transcript))
        }
      >
        Export as JSON
      </button>
    </>
  );
}
