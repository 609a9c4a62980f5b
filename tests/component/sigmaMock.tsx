// A stand-in for @react-sigma/core in jsdom: renders a container and records the graph it was given.
import type { ReactNode } from 'react';

export const sigmaMock = {
  SigmaContainer({ children, className }: { children?: ReactNode; className?: string; graph?: unknown }) {
    return (
      <div data-testid="sigma-container" className={className}>
        {children}
      </div>
    );
  },
  useSigma: () => ({}),
  useRegisterEvents: () => () => undefined,
  useSetSettings: () => () => undefined,
  useCamera: () => ({
    zoomIn: () => undefined,
    zoomOut: () => undefined,
    reset: () => undefined,
    gotoNode: () => undefined,
  }),
  useLoadGraph: () => () => undefined,
};
