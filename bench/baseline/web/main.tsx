import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** The bench's baseline: a bare React page with one component. */
function Hello() {
  return (
    <main>
      <h1>Hello</h1>
      <a href="#/scenario/baseline">Open the baseline scenario</a>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Hello />
    </StrictMode>,
  );
}
