import { safeCheck } from './safe-check';

export type CheckRequest = { readonly text: string; readonly file: string };

// The analysis walks every reachable state, which takes seconds on a large scenario: it runs
// here so that the page keeps responding meanwhile.
self.onmessage = (event: MessageEvent<CheckRequest>) => {
  self.postMessage(safeCheck(event.data.text, event.data.file));
};
