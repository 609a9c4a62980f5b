// CameraController: restores the URL's camera once, glides to a newly selected node, and reports camera moves late.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CameraController, GraphCanvas } from '../../../src/render';
import type { CameraState } from '../../../src/state/types';
import { DEFAULT_SETTINGS } from '../../../src/style/settings';
import { fakeSigma } from '../sigmaMock';

const graph = {
  hasNode: (key: string) => ['a', 'b'].includes(key),
  getNodeAttributes: (key: string) => (key === 'a' ? { x: 0.2, y: 0.3 } : { x: 0.9, y: 0.1 }),
};

function Scene(props: {
  initialCamera?: CameraState | null;
  focusNode?: string | null;
  onCameraChange?: (camera: CameraState) => void;
  reducedMotion?: boolean;
}) {
  return (
    <GraphCanvas graph={graph as never}>
      <CameraController
        initialCamera={props.initialCamera ?? null}
        focusNode={props.focusNode ?? null}
        onCameraChange={props.onCameraChange ?? (() => undefined)}
        reducedMotion={props.reducedMotion ?? false}
      />
    </GraphCanvas>
  );
}

/** Lets requestAnimationFrame callbacks run. */
const nextFrame = () => act(() => vi.advanceTimersByTime(20));

describe('CameraController', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  it('restores the camera from the URL once, and does not glide to a node selected in the same URL', () => {
    const camera = { x: 0.1, y: 0.2, ratio: 0.5 };
    const { rerender } = render(<Scene initialCamera={camera} focusNode="a" />);
    nextFrame();
    expect(fakeSigma().camera.setState).toHaveBeenCalledTimes(1);
    expect(fakeSigma().camera.setState).toHaveBeenCalledWith(camera);
    expect(fakeSigma().camera.animate).not.toHaveBeenCalled();
    rerender(<Scene initialCamera={{ x: 9, y: 9, ratio: 9 }} focusNode="a" />);
    expect(fakeSigma().camera.setState).toHaveBeenCalledTimes(1);
  });

  it('glides to a newly selected node on the next frame, zooming in to at most the focus ratio', () => {
    const { rerender } = render(<Scene />);
    rerender(<Scene focusNode="b" />);
    expect(fakeSigma().camera.animate).not.toHaveBeenCalled();
    nextFrame();
    expect(fakeSigma().camera.animate).toHaveBeenCalledWith(
      { x: 0.9, y: 0.1, ratio: DEFAULT_SETTINGS.camera.focusMaxRatio },
      { duration: DEFAULT_SETTINGS.camera.focusDurationMs, easing: 'quadraticInOut' },
    );
  });

  it('jumps without animation when the user prefers reduced motion, and ignores unknown nodes', () => {
    const { rerender } = render(<Scene reducedMotion />);
    rerender(<Scene reducedMotion focusNode="ghost" />);
    nextFrame();
    rerender(<Scene reducedMotion focusNode="a" />);
    nextFrame();
    expect(fakeSigma().camera.animate).not.toHaveBeenCalled();
    expect(fakeSigma().camera.setState).toHaveBeenCalledTimes(1);
    expect(fakeSigma().camera.setState).toHaveBeenCalledWith({ x: 0.2, y: 0.3, ratio: 0.6 });
  });

  it('reports the camera once the user stops moving it, and stops listening when unmounted', () => {
    const onCameraChange = vi.fn();
    const { unmount } = render(<Scene onCameraChange={onCameraChange} />);
    const camera = fakeSigma().camera;
    act(() => camera.setState({ x: 0.3 }));
    act(() => vi.advanceTimersByTime(DEFAULT_SETTINGS.camera.saveDelayMs - 10));
    act(() => camera.setState({ x: 0.4, ratio: 2 }));
    act(() => vi.advanceTimersByTime(DEFAULT_SETTINGS.camera.saveDelayMs - 10));
    expect(onCameraChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(20));
    expect(onCameraChange).toHaveBeenCalledTimes(1);
    expect(onCameraChange).toHaveBeenCalledWith({ x: 0.4, y: 0.5, ratio: 2 });
    expect(camera.listenerCount()).toBe(1);
    unmount();
    expect(camera.listenerCount()).toBe(0);
  });
});
