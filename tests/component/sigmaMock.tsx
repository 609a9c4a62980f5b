// A stand-in for @react-sigma/core in jsdom: a container, and a fake sigma that records what it was told.
import type { ReactNode } from 'react';

function makeFakeCamera() {
  let state = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  return {
    on: () => undefined,
    removeListener: () => undefined,
    getState: () => state,
    setState: (next: Partial<typeof state>) => {
      state = { ...state, ...next };
    },
    animate: (next: Partial<typeof state>) => {
      state = { ...state, ...next };
    },
  };
}

export const fakeSigma = {
  settings: {} as Record<string, unknown>,
  camera: makeFakeCamera(),
  container: typeof document === 'undefined' ? null : document.createElement('div'),
  setSettings(settings: Record<string, unknown>) {
    Object.assign(this.settings, settings);
  },
  setSetting(name: string, value: unknown) {
    this.settings[name] = value;
  },
  getSetting(name: string) {
    return this.settings[name];
  },
  getContainer() {
    return this.container;
  },
  getCamera() {
    return this.camera;
  },
  getNodeDisplayData: () => ({ x: 0.5, y: 0.5 }),
  graphToViewport: (p: { x: number; y: number }) => p,
  viewportToFramedGraph: (p: { x: number; y: number }) => p,
  getGraph: () => ({ hasNode: () => false }),
  getCanvases: () => ({}),
  refresh: () => undefined,
};

export const sigmaMock = {
  SigmaContainer({ children, className }: { children?: ReactNode; className?: string; graph?: unknown }) {
    return (
      <div data-testid="sigma-container" className={className}>
        {children}
      </div>
    );
  },
  useSigma: () => fakeSigma,
  useRegisterEvents: () => () => undefined,
  useSetSettings: () => () => undefined,
  useCamera: () => ({
    zoomIn: () => undefined,
    zoomOut: () => undefined,
    reset: () => undefined,
    goto: () => undefined,
    gotoNode: () => undefined,
  }),
  useLoadGraph: () => () => undefined,
};
