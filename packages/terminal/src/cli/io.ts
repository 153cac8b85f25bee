/** Where a command writes: lines to standard output and standard error, captured in tests. */
export type Io = {
  /** Writes one line (a newline is added) to standard output. */
  readonly out: (line: string) => void;
  /** Writes one line (a newline is added) to standard error. */
  readonly err: (line: string) => void;
};

/** Exit statuses every command shares: 2 is always "the command was used wrongly". */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
