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
