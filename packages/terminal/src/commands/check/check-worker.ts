import { parentPort, workerData } from 'node:worker_threads';
import { checkEach } from './check-files.js';
import { isCheckShare } from './check-threads.js';

/** In a worker thread started by `checkAcrossThreads`: checks its share and posts the reports. */
export async function serveCheckShare(): Promise<void> {
  if (!parentPort || !isCheckShare(workerData)) {
    throw new Error('the rapport bin started in a worker thread without a share of files to check');
  }
  parentPort.postMessage(await checkEach(workerData.files));
}
