import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* waits up to 5 s, not the library's 1 s: a busy CI machine takes longer than a second to
// load a lazy chunk (the coder's weights, the engine), and a screen that never comes still fails.
configure({ asyncUtilTimeout: 5_000 });

// Each test starts from an empty page and an empty localStorage, as a new learner would.
afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});
