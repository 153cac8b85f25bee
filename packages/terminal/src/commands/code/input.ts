/** One line of `rapport code` input: a reply to code, or why the line cannot be one. */
export type CodeInputEntry =
  | { readonly line: number; readonly text: string; readonly context: string }
  | { readonly line: number; readonly error: string };

/**
 * Plain lines are replies; a line starting with `{` is a JSON object with a text and, if known,
 * the context (the stakeholder's line before it). Blank lines are skipped.
 */
export function parseCodeInput(input: string): CodeInputEntry[] {
  const entries: CodeInputEntry[] = [];
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (!raw.trimStart().startsWith('{')) {
      entries.push({ line, text: raw, context: '' });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      entries.push({ line, error: 'starts with { but is not valid JSON' });
      return;
    }
    const object = value as { text?: unknown; context?: unknown };
    if (typeof object.text !== 'string') {
      entries.push({ line, error: 'a JSON line needs a "text" string' });
      return;
    }
    if (object.context !== undefined && typeof object.context !== 'string') {
      entries.push({ line, error: '"context" must be a string' });
      return;
    }
    if (object.text.trim() === '') {
      entries.push({ line, error: '"text" is empty: nothing to code' });
      return;
    }
    entries.push({ line, text: object.text, context: object.context ?? '' });
  });
  return entries;
}
