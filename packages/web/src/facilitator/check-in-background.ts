import type { CheckReport } from '@rapport/engine';
import type { CheckRequest } from './check-worker';
import { safeCheck } from './safe-check';

/**
 * Checks a file in a worker when the browser has workers, else (tests, old browsers) right here.
 * A worker that fails to start or crashes falls back to checking here, so a report always comes.
 */
export function checkInBackground(text: string, file: string): Promise<CheckReport> {
  if (typeof Worker === 'undefined') return Promise.resolve(safeCheck(text, file));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(safeCheck(text, file));
      return;
    }
    worker.onmessage = (event: MessageEvent<CheckReport>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(safeCheck(text, file));
    };
    const request: CheckRequest = { text, file };
    worker.postMessage(request);
  });
}
