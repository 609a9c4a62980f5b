// Renders nothing: restores the camera from state, glides to the selected node, and reports camera moves.
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { CameraState } from '../state/types';
import { DEFAULT_SETTINGS, type Settings } from '../style/settings';

export interface CameraControllerProps {
  /** The camera to restore when sigma starts (from the URL), or null to fit the graph. */
  initialCamera: CameraState | null;
  /** The node to centre; the camera glides to it whenever it changes. */
  focusNode: string | null;
  /** Called, debounced, after the user pans or zooms. */
  onCameraChange(camera: CameraState): void;
  /** No animation (prefers-reduced-motion). */
  reducedMotion?: boolean;
  /** Delays and durations (default: DEFAULT_SETTINGS.camera). */
  timing?: Settings['camera'];
}

export function CameraController({
  initialCamera,
  focusNode,
  onCameraChange,
  reducedMotion,
  timing = DEFAULT_SETTINGS.camera,
}: CameraControllerProps) {
  const sigma = useSigma();
  const { saveDelayMs, focusDurationMs, focusMaxRatio } = timing;
  const onChange = useRef(onCameraChange);
  useEffect(() => {
    onChange.current = onCameraChange;
  });

  // Restore the camera once, when sigma is created.
  const initial = useRef(initialCamera);
  useEffect(() => {
    if (initial.current) sigma.getCamera().setState(initial.current);
  }, [sigma]);

  useEffect(() => {
    const camera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handler = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        onChange.current({ x, y, ratio });
      }, saveDelayMs);
    };
    camera.on('updated', handler);
    return () => {
      clearTimeout(timer);
      camera.removeListener('updated', handler);
    };
  }, [sigma, saveDelayMs]);

  const previousFocus = useRef<string | null>(initialCamera ? focusNode : null);
  useEffect(() => {
    if (!focusNode || focusNode === previousFocus.current) {
      previousFocus.current = focusNode;
      return;
    }
    previousFocus.current = focusNode;
    // Wait for sigma's next frame, so the target is computed with the final size and normalisation.
    const frame = requestAnimationFrame(() => {
      const graph = sigma.getGraph();
      if (!graph.hasNode(focusNode)) return;
      const { x, y } = graph.getNodeAttributes(focusNode);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      const camera = sigma.getCamera();
      // Node attributes are in graph space; the camera works in sigma's normalised "framed graph" space.
      const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
      const target = { x: framed.x, y: framed.y, ratio: Math.min(camera.getState().ratio, focusMaxRatio) };
      if (reducedMotion) camera.setState(target);
      else camera.animate(target, { duration: focusDurationMs, easing: 'quadraticInOut' });
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma, focusNode, reducedMotion, focusDurationMs, focusMaxRatio]);

  return null;
}
