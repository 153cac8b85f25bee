import type { Transcript } from '@rapport/engine';
import { attemptJson, attemptMarkdown, download, exportName } from './export-attempt';

export type Props = { readonly transcript: Transcript };

export function ExportButtons({ transcript }: Props): React.JSX.Element {
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          download(exportName(transcript, 'md'), 'text/markdown', attemptMarkdown(transcript))
        }
      >
        Export as Markdown
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          download(exportName(transcript, 'json'), 'application/json', attemptJson(transcript))
        }
      >
        Export as JSON
      </button>
    </>
  );
}
