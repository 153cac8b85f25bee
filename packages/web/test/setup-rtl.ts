import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test starts from an empty page and an empty localStorage, as a new learner would.
afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});
