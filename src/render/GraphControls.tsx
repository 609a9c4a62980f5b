// On-canvas controls: zoom in, zoom out, fit; the layout (precomputed or grouped by kind); ForceAtlas2 in a worker.
import { useCamera, useSigma } from '@react-sigma/core';
import type FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef, useState } from 'react';
import { animateNodes } from 'sigma/utils';
import { groupByKindLayout, type Positions } from '../model/groupByKindLayout';

export type LayoutName = 'precomputed' | 'by-kind';

export interface GraphControlsLabels {
  toolbar: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  layout: string;
  precomputed: string;
  byKind: string;
  rerun: string;
  stop: string;
}

export const DEFAULT_GRAPH_CONTROLS_LABELS: GraphControlsLabels = {
  toolbar: 'Graph controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit graph',
  layout: 'Layout',
  precomputed: 'Precomputed',
  byKind: 'Grouped by kind',
  rerun: 'Re-run layout',
  stop: 'Stop layout',
};

export interface GraphControlsProps {
  /** The positions the graph was loaded with. */
  initialPositions: Positions;
  reducedMotion?: boolean;
  /** The controls' words, in the interface language. */
  labels?: GraphControlsLabels;
  /** Run ForceAtlas2 as soon as the graph shows (it had no positions). */
  autoLayout?: boolean;
  /** The progress text while ForceAtlas2 runs, from a percentage. */
  layoutProgressLabel?: (percent: number) => string;
}

/** ForceAtlas2 stops by itself after this long. */
export const DEFAULT_FA2_MAX_MS = 6000;
const ANIMATION_MS = 600;

function extent(positions: Positions): number {
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
}

export function GraphControls({
  initialPositions,
  reducedMotion,
  labels = DEFAULT_GRAPH_CONTROLS_LABELS,
  autoLayout = false,
  layoutProgressLabel = (percent) => `Laying out… ${percent}%`,
}: GraphControlsProps) {
  const sigma = useSigma();
  const { zoomIn, zoomOut, reset } = useCamera({ duration: reducedMotion ? 0 : 300, factor: 1.5 });
  const [layout, setLayout] = useState<LayoutName>('precomputed');
  const [running, setRunning] = useState(false);
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const stopTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const progressTimer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const [progress, setProgress] = useState<number | null>(null);

  const stopFa2 = () => {
    clearTimeout(stopTimer.current);
    clearInterval(progressTimer.current);
    setProgress(null);
    supervisor.current?.kill();
    supervisor.current = null;
    setRunning(false);
  };
  useEffect(() => () => stopFa2(), []);

  // Keyboard zoom: + and - zoom, 0 fits; not while typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
        return;
      const action = { '+': zoomIn, '=': zoomIn, '-': zoomOut, '0': reset }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [zoomIn, zoomOut, reset]);

  const moveTo = (positions: Positions) => {
    const graph = sigma.getGraph();
    if (reducedMotion) {
      for (const [node, p] of Object.entries(positions))
        if (graph.hasNode(node)) graph.mergeNodeAttributes(node, p);
      reset({ duration: 0 });
    } else animateNodes(graph, positions, { duration: ANIMATION_MS }, () => reset());
  };

  const chooseLayout = (name: LayoutName) => {
    stopFa2();
    setLayout(name);
    if (name === 'precomputed') moveTo(initialPositions);
    else {
      const graph = sigma.getGraph();
      moveTo(groupByKindLayout(graph, extent(initialPositions) / (Math.sqrt(graph.order) * 5)));
    }
  };

  const runFa2 = async () => {
    if (running) return stopFa2();
    setRunning(true);
    // ForceAtlas2 is loaded on first use, keeping it out of the initial bundle.
    const [{ inferSettings }, { default: Supervisor }] = await Promise.all([
      import('graphology-layout-forceatlas2'),
      import('graphology-layout-forceatlas2/worker'),
    ]);
    const graph = sigma.getGraph();
    const fa2 = new Supervisor(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 2000 },
    });
    supervisor.current = fa2;
    fa2.start();
    const started = performance.now();
    setProgress(0);
    progressTimer.current = setInterval(
      () => setProgress(Math.min(99, Math.round(((performance.now() - started) / DEFAULT_FA2_MAX_MS) * 100))),
      250,
    );
    stopTimer.current = setTimeout(() => {
      stopFa2();
      reset();
    }, DEFAULT_FA2_MAX_MS);
  };

  // A graph that came without positions is laid out as soon as it shows.
  const autoRan = useRef(false);
  useEffect(() => {
    if (!autoLayout || autoRan.current) return;
    autoRan.current = true;
    void runFa2();
  });

  return (
    <div className="graph-controls" role="toolbar" aria-label={labels.toolbar}>
      <button type="button" onClick={() => zoomIn()} aria-label={labels.zoomIn} title={labels.zoomIn}>
        +
      </button>
      <button type="button" onClick={() => zoomOut()} aria-label={labels.zoomOut} title={labels.zoomOut}>
        −
      </button>
      <button type="button" onClick={() => reset()} aria-label={labels.fit} title={labels.fit}>
        ⤢
      </button>
      <label className="graph-controls-layout">
        <span>{labels.layout}</span>
        <select value={layout} onChange={(event) => chooseLayout(event.target.value as LayoutName)}>
          <option value="precomputed">{labels.precomputed}</option>
          <option value="by-kind">{labels.byKind}</option>
        </select>
      </label>
      <button type="button" onClick={runFa2} aria-pressed={running}>
        {running ? labels.stop : labels.rerun}
      </button>
      {progress !== null && (
        <span className="layout-progress" role="status">
          {layoutProgressLabel(progress)}
        </span>
      )}
    </div>
  );
}
