// The graph's first frame, drawn by a sigma built before the interface's code (React) has loaded; GraphCanvas then
// adopts that sigma (AdoptedSigmaContainer), so the graph is drawn once, as early as the bare sigma page draws it.
import type Graph from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
// The containers' sizes (react-sigma's, which GraphCanvas uses too): needed before the interface's code is in.
import '@react-sigma/core/lib/style.css';
import type { EdgeType } from '../style/edgeTypes';
import { makeCanvasSettings } from './canvasSettings';
import { startCameraMove } from './fitCamera';
import { createLabelDrawing, type LabelDrawing } from './labelDrawing';

export interface FirstFrame {
  graph: Graph;
  sigma: Sigma;
  /** The label drawing sigma was built with, which GraphCanvas keeps using. */
  labels: LabelDrawing;
  /** The edge types the graph uses (style/edgeTypes: edgeTypesOf), as GraphCanvas is given them. */
  edgeTypes: readonly EdgeType[];
  /**
   * Moves sigma's canvases into `root` (react-sigma's outer container), fitting them to its size, and stops this
   * frame's own label hook-up: GraphCanvas hooks the same drawing up again, with the toolbars to keep clear of.
   */
  adoptInto(root: HTMLElement): void;
  /** Kills sigma once its container is gone for good (StrictMode mounts it again at once, in development). */
  release(): void;
  /** Whether a GraphCanvas holds it now. */
  isAdopted(): boolean;
}

export interface FirstFrameOptions {
  edgeTypes: readonly EdgeType[];
  /** The view's sigma settings (reducers…), as GraphCanvas would be given them. */
  settings: Partial<Settings>;
  /** The closest the camera may frame at start (the explorer's focus ratio / 4, as CameraController frames). */
  minFitRatio: number;
}

/** Builds sigma in `host` (a box the size of the explorer's graph area): it draws the graph as it is built. */
export function drawFirstFrame(graph: Graph, host: HTMLElement, options: FirstFrameOptions): FirstFrame {
  const labels = createLabelDrawing();
  const container = document.createElement('div');
  container.className = 'sigma-container';
  host.append(container);
  const sigma = new Sigma(graph, container, makeCanvasSettings(options.edgeTypes, labels, options.settings));
  let detachLabels: (() => void) | null = labels.attach(sigma);
  let kill: ReturnType<typeof setTimeout> | null = null;
  let adopted = false;
  // What CameraController does when sigma starts without a camera of the URL's: fit what is shown, unless the start
  // camera already frames it.
  const fit = startCameraMove(sigma, null, options.minFitRatio);
  if (fit) sigma.getCamera().setState(fit);
  return {
    graph,
    sigma,
    labels,
    edgeTypes: options.edgeTypes,
    adoptInto(root) {
      if (kill !== null) clearTimeout(kill);
      kill = null;
      adopted = true;
      detachLabels?.();
      detachLabels = null;
      const before = sigma.getDimensions();
      root.prepend(container);
      sigma.resize();
      const after = sigma.getDimensions();
      // A box of another size than the skeleton's (a header on two lines…): drawn again at once, to fit.
      if (after.width !== before.width || after.height !== before.height) sigma.refresh();
    },
    release() {
      adopted = false;
      kill = setTimeout(() => sigma.kill(), 0);
    },
    isAdopted: () => adopted,
  };
}
