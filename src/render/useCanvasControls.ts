// The sigma side of the canvas toolbar: zoom, fit, the layout choice and ForceAtlas2 in a worker (no markup: the
// toolbar itself is ui/GraphToolbar).
import { useCamera, useSigma } from '@react-sigma/core';
import type FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { animateNodes } from 'sigma/utils';
import { groupByKindLayout, type Positions } from '../model/groupByKindLayout';
import { provinceLayout } from '../model/provinceLayout';
import { DEFAULT_SETTINGS, type Settings } from '../style/settings';
import { cameraToFit } from './fitCamera';

export type LayoutName = 'precomputed' | 'by-kind' | 'by-province';

export interface CanvasControls {
  zoomIn(): void;
  zoomOut(): void;
  /** Frames what is shown (the nodes the filters keep). */
  fit(): void;
  layout: LayoutName;
  /** The layouts this graph offers ("by-province" only with provinces). */
  layouts: LayoutName[];
  chooseLayout(name: LayoutName): void;
  /** ForceAtlas2 is running (in a worker). */
  running: boolean;
  /** Its share of the time it is given, 0–99, or null when it is not running. */
  progress: number | null;
  /** Starts ForceAtlas2, or stops it when it runs. */
  toggleForceAtlas2(): void;
}

export interface CanvasControlsOptions {
  /** The positions the graph was loaded with. */
  initialPositions: Positions;
  reducedMotion?: boolean;
  /** Run ForceAtlas2 as soon as the graph shows (it had no positions). */
  autoLayout?: boolean;
  /** Offer the province layout (the graph has provinces: model/provinceLayout's canLayoutByProvince). */
  byProvince?: boolean;
  settings?: Pick<Settings, 'camera' | 'layout'>;
}

function extent(positions: Positions): number {
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
}

export function useCanvasControls({
  initialPositions,
  reducedMotion = false,
  autoLayout = false,
  byProvince = false,
  settings = DEFAULT_SETTINGS,
}: CanvasControlsOptions): CanvasControls {
  const sigma = useSigma();
  const { camera, layout: timing } = settings;
  const { zoomIn, zoomOut } = useCamera({
    duration: reducedMotion ? 0 : camera.zoomDurationMs,
    factor: camera.zoomFactor,
  });
  // Frames the nodes shown (not the whole graph): what the filters keep.
  const reset = ({ duration = reducedMotion ? 0 : camera.zoomDurationMs }: { duration?: number } = {}) => {
    const target = cameraToFit(sigma, null, camera.focusMaxRatio / 4);
    if (!target) return;
    if (duration === 0) sigma.getCamera().setState(target);
    else sigma.getCamera().animate(target, { duration, easing: 'quadraticInOut' });
  };
  const [layout, setLayout] = useState<LayoutName>('precomputed');
  const layouts = useMemo<LayoutName[]>(
    () => (byProvince ? ['precomputed', 'by-province', 'by-kind'] : ['precomputed', 'by-kind']),
    [byProvince],
  );
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const timers = useRef<{ stop?: ReturnType<typeof setTimeout>; progress?: ReturnType<typeof setInterval> }>(
    {},
  );

  const stopForceAtlas2 = useCallback(() => {
    clearTimeout(timers.current.stop);
    clearInterval(timers.current.progress);
    setProgress(null);
    supervisor.current?.kill();
    supervisor.current = null;
    setRunning(false);
  }, []);
  useEffect(() => stopForceAtlas2, [stopForceAtlas2]);

  const moveTo = (positions: Positions) => {
    const graph = sigma.getGraph();
    if (reducedMotion) {
      for (const [node, p] of Object.entries(positions))
        if (graph.hasNode(node)) graph.mergeNodeAttributes(node, p);
      reset({ duration: 0 });
    } else animateNodes(graph, positions, { duration: timing.transitionMs }, () => reset());
  };

  const chooseLayout = (name: LayoutName) => {
    stopForceAtlas2();
    setLayout(name);
    const graph = sigma.getGraph();
    const spacing = extent(initialPositions) / (Math.sqrt(graph.order) * 5);
    if (name === 'precomputed') moveTo(initialPositions);
    else if (name === 'by-province') moveTo(provinceLayout(graph, spacing));
    else moveTo(groupByKindLayout(graph, spacing));
  };

  const startForceAtlas2 = async () => {
    setRunning(true);
    // ForceAtlas2 is loaded on first use, keeping it out of the initial bundle.
    const [{ inferSettings }, { default: Supervisor }] = await Promise.all([
      import('graphology-layout-forceatlas2'),
      import('graphology-layout-forceatlas2/worker'),
    ]);
    const graph = sigma.getGraph();
    const fa2 = new Supervisor(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > timing.barnesHutAbove },
    });
    supervisor.current = fa2;
    fa2.start();
    const started = performance.now();
    setProgress(0);
    timers.current.progress = setInterval(
      () =>
        setProgress(
          Math.min(99, Math.round(((performance.now() - started) / timing.forceAtlas2MaxMs) * 100)),
        ),
      timing.progressIntervalMs,
    );
    timers.current.stop = setTimeout(() => {
      stopForceAtlas2();
      reset();
    }, timing.forceAtlas2MaxMs);
  };

  // A graph that came without positions is laid out as soon as it shows.
  const autoRan = useRef(false);
  useEffect(() => {
    if (!autoLayout || autoRan.current) return;
    autoRan.current = true;
    void startForceAtlas2();
  });

  return {
    zoomIn: () => zoomIn(),
    zoomOut: () => zoomOut(),
    fit: () => reset(),
    layout,
    layouts,
    chooseLayout,
    running,
    progress,
    toggleForceAtlas2: () => (running ? stopForceAtlas2() : void startForceAtlas2()),
  };
}
