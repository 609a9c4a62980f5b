// A stand-in for @react-sigma/core in jsdom: a container, and a fake sigma, new for every test (setup.ts), that
// records what it was told and lets a test play sigma's events.
import { useEffect, useState, type ReactNode } from 'react';
import { vi } from 'vitest';

type CameraState = { x: number; y: number; ratio: number; angle: number };

function makeFakeCamera() {
  let state: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const listeners = new Set<() => void>();
  const camera = {
    on: (_event: 'updated', listener: () => void) => listeners.add(listener),
    removeListener: (_event: 'updated', listener: () => void) => listeners.delete(listener),
    getState: () => state,
    setState: vi.fn((next: Partial<CameraState>) => {
      state = { ...state, ...next };
      for (const listener of listeners) listener();
    }),
    animate: vi.fn((next: Partial<CameraState>) => {
      state = { ...state, ...next };
      for (const listener of listeners) listener();
    }),
    /** How many listeners are registered (a controller must remove its own). */
    listenerCount: () => listeners.size,
  };
  return camera;
}

/** What a graph needs to offer the fake sigma. */
interface GraphLike {
  hasNode(key: string): boolean;
  getNodeAttributes(key: string): Record<string, unknown>;
}

export function createFakeSigma() {
  const settings: Record<string, unknown> = {};
  const sigma = {
    settings,
    camera: makeFakeCamera(),
    graph: { hasNode: () => false, getNodeAttributes: () => ({}) } as GraphLike,
    container: typeof document === 'undefined' ? null : document.createElement('div'),
    /** The handlers registered with useRegisterEvents, for a test to call. */
    events: {} as Record<string, (payload: Record<string, string>) => void>,
    /** How many times SigmaContainer created "sigma" (mounted). */
    created: 0,
    /** Called when "sigma" is created, i.e. when real sigma draws its first frame. */
    onCreate: () => undefined as void,
    cameraControls: {
      zoomIn: vi.fn(),
      zoomOut: vi.fn(),
      reset: vi.fn(),
      goto: vi.fn(),
      gotoNode: vi.fn(),
    },
    setSettings: vi.fn((next: Record<string, unknown>) => {
      Object.assign(settings, next);
    }),
    setSetting: (name: string, value: unknown) => {
      settings[name] = value;
    },
    getSetting: (name: string) => settings[name],
    getContainer: () => sigma.container,
    getCamera: () => sigma.camera,
    getGraph: () => sigma.graph,
    getNodeDisplayData: () => ({ x: 0.5, y: 0.5 }) as { x: number; y: number; hidden?: boolean },
    getDimensions: () => ({ width: 1000, height: 1000 }),
    getSettings: () => settings,
    /** A 1000-pixel square viewport over the unit framed graph (the camera is ignored). */
    framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x * 1000, y: p.y * 1000 }),
    graphToViewport: (p: { x: number; y: number }) => p,
    viewportToFramedGraph: (p: { x: number; y: number }) => p,
    getCanvases: () => ({}),
    refresh: vi.fn((_options?: Record<string, unknown>) => undefined),
  };
  return sigma;
}

export type FakeSigma = ReturnType<typeof createFakeSigma>;

let current: FakeSigma = createFakeSigma();

/** This test's fake sigma. */
export function fakeSigma(): FakeSigma {
  return current;
}

/** A new fake sigma for the next test (setup.ts calls it before each test). */
export function resetFakeSigma(): FakeSigma {
  current = createFakeSigma();
  return current;
}

function SigmaContainer({
  children,
  className,
  graph,
  settings,
}: {
  children?: ReactNode;
  className?: string;
  graph?: GraphLike;
  settings?: Record<string, unknown>;
}) {
  // Like sigma: the graph and the settings it starts with are taken when it is created; like react-sigma, the
  // children (the controllers) mount only once it exists, after its first frame.
  const [created, setCreated] = useState(false);
  useEffect(() => {
    current.created += 1;
    if (graph) current.graph = graph;
    Object.assign(current.settings, settings);
    current.onCreate();
    // As react-sigma does: sigma is made in an effect, then handed to the children.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCreated(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once, as react-sigma does for stable props
  }, []);
  return (
    <div data-testid="sigma-container" className={className}>
      {created && children}
    </div>
  );
}

/** react-sigma's context provider, which the first frame's container uses: the hooks here read the fake anyway. */
function SigmaProvider({ children }: { value: unknown; children?: ReactNode }) {
  return children;
}

export const sigmaMock = {
  SigmaContainer,
  SigmaProvider,
  useSigma: () => current,
  useRegisterEvents: () => (events: FakeSigma['events']) => Object.assign(current.events, events),
  useSetSettings: () => () => undefined,
  useCamera: () => current.cameraControls,
  useLoadGraph: () => () => undefined,
};
