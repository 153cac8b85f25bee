import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export type TerminalSize = { readonly columns: number; readonly rows: number };

const sizeOf = (stdout: NodeJS.WriteStream): TerminalSize => ({
  columns: stdout.columns || 80,
  rows: stdout.rows || 24,
});

/**
 * The terminal's columns and rows, kept up to date when the window is resized: Ink lays the frame
 * out again on a resize, but a screen that sizes itself by the rows has to render again too.
 */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const resized = () => {
      const next = sizeOf(stdout);
      setSize((now) => (now.columns === next.columns && now.rows === next.rows ? now : next));
    };
    stdout.on('resize', resized);
    // A resize between the first render and this effect would otherwise be missed.
    resized();
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout]);
  return size;
}
