import { Text, type TextProps, Transform } from 'ink';

// Ink wraps with wrap-ansi keeping spaces, so a line that breaks exactly at the edge starts the
// next one with a space; this drops it (after any colour codes), leaving the words flush left.
const WRAP_SPACE = new RegExp(`^((?:${String.fromCharCode(27)}\\[[0-9;]*m)*) `);

/** Every line: a view scrolled part-way through a paragraph makes a wrapped line its first. */
export function dropWrapSpace(line: string): string {
  return line.replace(WRAP_SPACE, '$1');
}

/** Text that wraps on word boundaries with every wrapped line flush left. */
export function Prose(props: TextProps) {
  return (
    <Transform transform={dropWrapSpace}>
      <Text {...props} />
    </Transform>
  );
}
