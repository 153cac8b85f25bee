import { catalog } from 'virtual:rapport/scenario-catalog';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/base.css';
import './styles/screens.css';
import './styles/print.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App catalog={catalog} />
    </StrictMode>,
  );
}
