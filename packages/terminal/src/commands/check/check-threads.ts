import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckReport } from '@rapport/engine';

/** What a checking thread is given: the files to check, in order. */
export type CheckShare = { readonly role: 'check'; readonly files: readonly string[] };

export function isCheckShare(data: unknown): data is CheckShare {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { role?: unknown }).role === 'check' &&
    Array.isArray((data as { files?: unknown }).files)
  );
}

/**
 * Deals files out to `threads` shares, largest first, each to the share with the fewest bytes so
 * far: loading and analysing a file takes time roughly in proportion to its size.
 */
export function shareOut(
  files: readonly { readonly file: string; readonly bytes: number }[],
  threads: number,
): string[][] {
  const shares = Array.from({ length: Math.max(1, threads) }, () => ({
    bytes: 0,
    files: [] as string[],
  }));
  const largestFirst = [...files].sort((a, b) => b.bytes - a.bytes);
  for (const { file, bytes } of largestFirst) {
    const lightest = shares.reduce((least, share) => (share.bytes < least.bytes ? share : least));
    lightest.files.push(file);
    lightest.bytes += bytes;
  }
  return shares.map((share) => share.files).filter((share) => share.length > 0);
}

/** The threads worth starting for this many files on this machine. */
export function threadsFor(fileCount: number): number {
  return Math.min(availableParallelism(), fileCount);
}

/** Checks one share in a worker thread running `entry`; rejects if the thread fails. */
function checkInWorker(entry: URL, files: readonly string[]): Promise<CheckReport[]> {
  return new Promise((resolve, reject) => {
    const share: CheckShare = { role: 'check', files };
    const worker = new Worker(entry, { workerData: share });
    let answered = false;
    worker.once('message', (reports: CheckReport[]) => {
      answered = true;
      resolve(reports);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the checking thread stopped with code ${code}`));
    });
  });
}

/**
 * Checks files on every core: the first share in this thread, each other share in a worker thread
 * that runs `entry` (the rapport bin itself). A share whose thread fails is checked here instead,
 * so every file still gets its report. Reports come back in the order of `files`.
 */
export async function checkAcrossThreads(
  files: readonly string[],
  entry: URL,
  checkEach: (files: readonly string[]) => Promise<CheckReport[]>,
  threads: number = threadsFor(files.length),
): Promise<CheckReport[]> {
  const sized = await Promise.all(
    files.map(async (file) => ({
      file,
      bytes: await stat(file).then(
        (info) => info.size,
        () => 0,
      ),
    })),
  );
  const [own = [], ...others] = shareOut(sized, threads);
  const elsewhere = others.map((share) =>
    checkInWorker(entry, share).then(
      (reports) => ({ share, reports }),
      async () => ({ share, reports: await checkEach(share) }),
    ),
  );
  const results = [
    { share: own, reports: await checkEach(own) },
    ...(await Promise.all(elsewhere)),
  ];
  const byFile = new Map<string, CheckReport>();
  for (const { share, reports } of results) {
    share.forEach((file, i) => {
      const report = reports[i];
      if (report) byFile.set(file, report);
    });
  }
  return files.flatMap((file) => {
    const report = byFile.get(file);
    return report ? [report] : [];
  });
}
