import { fileName } from '../scenarios/catalog';

// The same files, and so the same modules, as the library's catalog: the facilitator page needs
// their text, not only the loaded scenario, to check them as `rapport check` does.
const files = import.meta.glob<string>('../../../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The text of a bundled scenario by its catalog file name (`scenarios/<name>.yaml`). */
export function bundledText(file: string): string | undefined {
  for (const [path, text] of Object.entries(files)) {
    if (`scenarios/${fileName(path)}` === file) return text;
  }
  return undefined;
}
