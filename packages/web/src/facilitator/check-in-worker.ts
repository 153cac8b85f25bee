import type { CheckReport } from '@rapport/engine';
import type { CheckRequest } from './check-worker';
import { unchecked } from './unchecked';

/** How the page checks a file's text: in a worker in the app, in place in the component tests. */
export type Checker = (text: string, file: string, signal?: AbortSignal) => Promise<CheckReport>;

/**
 * Checks a file in a worker, so the page keeps responding while the analysis walks every path.
 * Only the worker imports the check: a call from this page would pull the whole analysis into
 * the learner's bundle, which shares the engine with it.
 */
export const checkInWorker: Checker = (text, file, signal) =>
  new Promise((resolve) => {
    if (typeof Worker === 'undefined') {
      resolve(unchecked(file, 'this browser cannot run the check: it has no web workers'));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      resolve(unchecked(file, `the check could not start: ${message}`));
      return;
    }
    // Another file opened, or the page closed: the answer is no longer wanted.
    signal?.addEventListener('abort', () => {
      worker.terminate();
      resolve(unchecked(file, 'the check was cancelled'));
    });
    worker.onmessage = (event: MessageEvent<CheckReport>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(unchecked(file, `the check stopped unexpectedly: ${event.message}`));
    };
    const request: CheckRequest = { text, file };
    worker.postMessage(request);
  });
