/**
 * The file a checking thread runs: the rapport bin, which serves a share of files when it starts in
 * a worker thread. Set by the bin; unset when the command runs in-process (tests, from source),
 * where every file is checked in the calling thread.
 */
let entry: URL | undefined;

export function setCheckThreadEntry(bin: URL): void {
  entry = bin;
}

export function checkThreadEntry(): URL | undefined {
  return entry;
}
