import { catalog } from 'virtual:rapport/scenario-catalog';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { servedByRoom } from './room/served-by-room';
import './styles/base.css';
import './styles/screens.css';
import './styles/print.css';

// A workshop room serves the same app; its own entry (join, the room's scenarios, the live view)
// is a chunk of its own, so the trainer on its own loads none of it.
const RoomApp = lazy(() => import('./room/room-app').then((m) => ({ default: m.RoomApp })));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {servedByRoom() ? (
        <Suspense fallback={<p role="status">Opening the room…</p>}>
          <RoomApp />
        </Suspense>
      ) : (
        <App catalog={catalog} />
      )}
    </StrictMode>,
  );
}
