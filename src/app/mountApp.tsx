// Mounts the interface (React and the explorer: a chunk loaded beside the first frame), then drops the skeleton page.
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { FirstFrame } from '../render';
import { App, type Startup } from './App';

interface ReplacingProps {
  element: HTMLElement | null;
  /** The first frame drawn in `element`, if any: let go unless the explorer adopted it (it shows another view). */
  frame: FirstFrame | null;
  children: ReactNode;
}

/** Removes `element` once its children are on the page (after they adopted the first frame's canvas). */
function Replacing({ element, frame, children }: ReplacingProps) {
  useLayoutEffect(() => {
    element?.remove();
    if (frame && !frame.isAdopted()) frame.release();
  }, [element, frame]);
  return children;
}

export function mountApp(root: HTMLElement, startup: Startup, skeleton: HTMLElement | null): void {
  createRoot(root).render(
    <StrictMode>
      <Replacing element={skeleton} frame={startup.firstFrame ?? null}>
        <App startup={startup} />
      </Replacing>
    </StrictMode>,
  );
}
