// Renders nothing: restores the camera (from the URL, and on Back/Forward), frames what is shown after each change of
// what is shown, keeps a selection in view, and reports camera moves.
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { CameraState as SigmaCameraState } from 'sigma/types';
import type { CameraState } from '../state/types';
import { DEFAULT_SETTINGS, type Settings } from '../style/settings';
import { cameraToFit, startCameraMove } from './fitCamera';

/** A set of nodes the camera should frame, named by a key that changes whenever the request does. */
export interface CameraTarget {
  key: string;
  /** The nodes to frame; null means every node shown. */
  nodes: readonly string[] | null;
  /** A node to keep at the centre (a selected node). */
  centre?: string | null;
}

export interface CameraControllerProps {
  /** The camera to restore when sigma starts (from the URL), or null to fit what is shown. */
  initialCamera: CameraState | null;
  /** The view's camera: when it changes to something else than the camera shows (Back/Forward), it is restored. */
  camera?: CameraState | null;
  /** What is shown (filters, a focused paragraph…): the camera eases to frame it whenever its key changes. */
  fitTarget?: CameraTarget;
  /**
   * The selection and its neighbours: when its key changes the camera centres the selection (its first node, or the
   * middle of an edge), zooming in to at most the focus ratio but out as far as needed to keep all of them in view.
   */
  selectionTarget?: CameraTarget;
  /** Called, debounced, after the user pans or zooms. */
  onCameraChange(camera: CameraState): void;
  /** No animation (prefers-reduced-motion). */
  reducedMotion?: boolean;
  /** Delays and durations (default: DEFAULT_SETTINGS.camera). */
  timing?: Settings['camera'];
}

const NO_TARGET: CameraTarget = { key: '', nodes: null };

/** Camera states closer than this (framed units and ratio share) are the same view. */
function sameCamera(a: CameraState | null | undefined, b: CameraState | null | undefined): boolean {
  if (!a || !b) return a === b;
  const tolerance = 1e-3 * Math.max(a.ratio, b.ratio);
  return (
    Math.abs(a.x - b.x) <= tolerance &&
    Math.abs(a.y - b.y) <= tolerance &&
    Math.abs(a.ratio - b.ratio) <= 1e-3 * Math.max(a.ratio, b.ratio)
  );
}

export function CameraController({
  initialCamera,
  camera = null,
  fitTarget = NO_TARGET,
  selectionTarget = NO_TARGET,
  onCameraChange,
  reducedMotion,
  timing = DEFAULT_SETTINGS.camera,
}: CameraControllerProps) {
  const sigma = useSigma();
  const { saveDelayMs, focusDurationMs } = timing;
  const onChange = useRef(onCameraChange);
  // True while the controller itself frames the graph at start: that camera is the default, not a user's move, and
  // stays out of the view (and the URL).
  const framingAtStart = useRef(false);
  const targets = useRef({ fitTarget, selectionTarget });
  useEffect(() => {
    onChange.current = onCameraChange;
    targets.current = { fitTarget, selectionTarget };
  });

  useEffect(() => {
    const sigmaCamera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handler = () => {
      if (framingAtStart.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = sigmaCamera.getState();
        onChange.current({ x, y, ratio });
      }, saveDelayMs);
    };
    sigmaCamera.on('updated', handler);
    return () => {
      clearTimeout(timer);
      sigmaCamera.removeListener('updated', handler);
    };
  }, [sigma, saveDelayMs]);

  // What the camera last answered: the view's camera, what was shown, the selection (null: not started yet).
  const initial = useRef(initialCamera);
  const answered = useRef<{ camera: CameraState | null; fit: string; selection: string } | null>(null);
  useEffect(() => {
    const sigmaCamera = sigma.getCamera();
    const move = (target: SigmaCameraState, animate: boolean) => {
      if (reducedMotion || !animate) sigmaCamera.setState(target);
      else sigmaCamera.animate(target, { duration: focusDurationMs, easing: 'quadraticInOut' });
    };
    const previous = answered.current;
    answered.current = { camera, fit: fitTarget.key, selection: selectionTarget.key };
    if (!previous) {
      // Sigma starts: the URL's camera; else what is shown, framed now from the display data of the frame sigma has
      // just drawn, unless the camera it starts with (which frames the whole graph) already frames it well enough:
      // a second frame would cost another full draw.
      if (initial.current) {
        sigmaCamera.setState(initial.current);
        return;
      }
      const target = startCameraMove(sigma, targets.current.fitTarget.nodes, timing.focusMaxRatio / 4);
      if (!target) return;
      framingAtStart.current = true;
      sigmaCamera.setState(target);
      framingAtStart.current = false;
      return;
    }
    if (camera && !sameCamera(camera, previous.camera)) {
      // Back/Forward (or any outside change): the view's camera wins over everything else that changed with it.
      if (!sameCamera(camera, sigmaCamera.getState())) move({ ...camera, angle: 0 }, true);
      return;
    }
    const fitChanged = previous.fit !== fitTarget.key;
    const selectionChanged = previous.selection !== selectionTarget.key;
    if (!fitChanged && !selectionChanged) return;
    // Wait for sigma's next frame, so the target is computed from the new display data (what is hidden, where).
    let ran = false;
    const frame = requestAnimationFrame(() => {
      ran = true;
      const { fitTarget: fit, selectionTarget: selection } = targets.current;
      if (fitChanged) {
        const target = cameraToFit(sigma, fit.nodes, timing.focusMaxRatio / 4);
        if (target) move(target, true);
        return;
      }
      if (!selection.nodes?.length) return;
      const floor = Math.min(sigmaCamera.getState().ratio, timing.focusMaxRatio);
      const target = cameraToFit(sigma, selection.nodes, floor, undefined, selection.centre ?? undefined);
      if (target) move(target, true);
    });
    return () => {
      cancelAnimationFrame(frame);
      // A request cancelled before its frame is still to be answered.
      if (!ran) answered.current = previous;
    };
  }, [
    sigma,
    camera,
    fitTarget.key,
    selectionTarget.key,
    reducedMotion,
    focusDurationMs,
    timing.focusMaxRatio,
  ]);

  return null;
}
