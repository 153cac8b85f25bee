import { PassThrough } from 'node:stream';

export type FakeStreams = {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  /** Everything written so far. */
  readonly out: () => string;
  readonly err: () => string;
};

/** Pipes, not terminals: what `rapport play` sees in a script or under CI. */
export function fakeStreams(columns = 80): FakeStreams {
  const collect = () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    Object.assign(stream, { isTTY: false, columns });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = collect();
  const stderr = collect();
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  return {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout.stream as unknown as NodeJS.WriteStream,
    stderr: stderr.stream as unknown as NodeJS.WriteStream,
    out: stdout.text,
    err: stderr.text,
  };
}

/**
 * A terminal of a given size, as Ink sees one: stdin and stdout are TTYs, stdin takes raw mode,
 * and what Ink draws is collected as it is written.
 */
export function fakeTerminal(columns = 80, rows = 24): FakeStreams {
  const streams = fakeStreams(columns);
  Object.assign(streams.stdout, { isTTY: true, rows });
  Object.assign(streams.stdin, {
    isTTY: true,
    setRawMode: () => streams.stdin,
    ref: () => streams.stdin,
    unref: () => streams.stdin,
  });
  return streams;
}
