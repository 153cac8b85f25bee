import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';

const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

/**
 * Renders as ink-testing-library does, then gives its stdout a terminal's size and says it was
 * resized, as a real terminal does: ink-testing-library's stdout is 100 columns with no rows.
 */
export async function renderSized(
  element: ReactElement,
  size: { readonly columns: number; readonly rows: number },
) {
  const rendered = render(element);
  resize(rendered.stdout, size);
  await settle();
  return rendered;
}

/** Changes the size of an ink-testing-library stdout and emits the resize a terminal would. */
export function resize(
  stdout: NodeJS.EventEmitter,
  size: { readonly columns: number; readonly rows: number },
): void {
  Object.defineProperty(stdout, 'columns', { value: size.columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: size.rows, configurable: true });
  stdout.emit('resize');
}
