// Mounts the interface (React and the explorer: a chunk loaded beside the first frame), then drops the skeleton page.
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type Startup } from './App';

/** Removes `element` once its children are on the page (after they adopted the first frame's canvas). */
function Replacing({ element, children }: { element: HTMLElement | null; children: ReactNode }) {
  useLayoutEffect(() => element?.remove(), [element]);
  return children;
}

export function mountApp(root: HTMLElement, startup: Startup, skeleton: HTMLElement | null): void {
  createRoot(root).render(
    <StrictMode>
      <Replacing element={skeleton}>
        <App startup={startup} />
      </Replacing>
    </StrictMode>,
  );
}
