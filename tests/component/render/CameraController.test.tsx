// CameraController: restores the URL's camera once, frames what is shown, keeps a selection in view, restores the
// view's camera on Back/Forward, and reports camera moves late.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CameraController, GraphCanvas } from '../../../src/render';
import type { CameraTarget } from '../../../src/render/CameraController';
import type { CameraState } from '../../../src/state/types';
import { DEFAULT_SETTINGS } from '../../../src/style/settings';
import { fakeSigma } from '../sigmaMock';

const positions: Record<string, { x: number; y: number }> = {
  a: { x: 0.2, y: 0.3 },
  b: { x: 0.9, y: 0.1 },
  c: { x: 0.4, y: 0.5 },
};
const graph = {
  hasNode: (key: string) => key in positions,
  getNodeAttributes: (key: string) => positions[key] ?? {},
  forEachNode: (callback: (key: string) => void) => Object.keys(positions).forEach(callback),
};

function Scene(props: {
  initialCamera?: CameraState | null;
  camera?: CameraState | null;
  fitTarget?: CameraTarget;
  selectionTarget?: CameraTarget;
  onCameraChange?: (camera: CameraState) => void;
  reducedMotion?: boolean;
}) {
  return (
    <GraphCanvas graph={graph as never}>
      <CameraController
        initialCamera={props.initialCamera ?? null}
        camera={props.camera ?? null}
        fitTarget={props.fitTarget}
        selectionTarget={props.selectionTarget}
        onCameraChange={props.onCameraChange ?? (() => undefined)}
        reducedMotion={props.reducedMotion ?? false}
      />
    </GraphCanvas>
  );
}

/** Lets requestAnimationFrame callbacks run. */
const nextFrame = () => act(() => vi.advanceTimersByTime(20));

describe('CameraController', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    const sigma = fakeSigma();
    sigma.getNodeDisplayData = ((key: string) => positions[key]) as typeof sigma.getNodeDisplayData;
  });
  afterEach(() => vi.useRealTimers());

  it('restores the camera from the URL once, and does not move for a selection in the same URL', () => {
    const camera = { x: 0.1, y: 0.2, ratio: 0.5 };
    const selection = { key: 'node:b', nodes: ['b'] };
    const { rerender } = render(<Scene initialCamera={camera} camera={camera} selectionTarget={selection} />);
    nextFrame();
    expect(fakeSigma().camera.setState).toHaveBeenCalledTimes(1);
    expect(fakeSigma().camera.setState).toHaveBeenCalledWith(camera);
    expect(fakeSigma().camera.animate).not.toHaveBeenCalled();
    rerender(<Scene initialCamera={camera} camera={camera} selectionTarget={selection} />);
    nextFrame();
    expect(fakeSigma().camera.setState).toHaveBeenCalledTimes(1);
  });

  it('eases to frame what is shown when it changes, centred on it', () => {
    const { rerender } = render(<Scene fitTarget={{ key: 'all', nodes: null }} />);
    nextFrame();
    rerender(<Scene fitTarget={{ key: 'zhejiang', nodes: ['a', 'c'] }} />);
    expect(fakeSigma().camera.animate).not.toHaveBeenCalled();
    nextFrame();
    const [target, options] = fakeSigma().camera.animate.mock.calls[0]! as unknown as [CameraState, object];
    expect(target.x).toBeCloseTo(0.3);
    expect(target.y).toBeCloseTo(0.4);
    // 200 px of 1000 - 2 × 64 px margin.
    expect(target.ratio).toBeCloseTo(200 / (1000 - 2 * 64));
    expect(options).toEqual({ duration: DEFAULT_SETTINGS.camera.focusDurationMs, easing: 'quadraticInOut' });
  });

  it('centres a new selection, zooming out only as far as its neighbours need, and jumps with reduced motion', () => {
    const { rerender } = render(<Scene reducedMotion />);
    nextFrame();
    rerender(<Scene reducedMotion selectionTarget={{ key: 'node:a', nodes: ['a', 'c'], centre: 'a' }} />);
    nextFrame();
    expect(fakeSigma().camera.animate).not.toHaveBeenCalled();
    // Around a, c is 0.2 away: 400 px of 1000 - 2 × 64 px, unless the focus ratio zooms out further.
    expect(fakeSigma().camera.setState.mock.calls.at(-1)![0]).toMatchObject({
      x: 0.2,
      y: 0.3,
      ratio: Math.max(400 / (1000 - 2 * 64), DEFAULT_SETTINGS.camera.focusMaxRatio),
    });
    rerender(<Scene reducedMotion selectionTarget={{ key: 'node:b', nodes: ['b', 'a'], centre: 'b' }} />);
    nextFrame();
    const wide = fakeSigma().camera.setState.mock.calls.at(-1)![0] as unknown as CameraState;
    expect(wide.x).toBeCloseTo(0.9);
    expect(wide.y).toBeCloseTo(0.1);
    // Around b, a is 0.7 away: 1400 px of 1000 - 2 × 48 px.
    expect(wide.ratio).toBeCloseTo(1400 / (1000 - 2 * 48));
  });

  it("restores the view's camera on Back, over the framing of what is shown", () => {
    const saved = { x: 0.3, y: 0.3, ratio: 0.4 };
    const { rerender } = render(<Scene fitTarget={{ key: 'filtered', nodes: ['a'] }} />);
    nextFrame();
    rerender(<Scene camera={saved} fitTarget={{ key: 'all', nodes: null }} />);
    nextFrame();
    expect(fakeSigma().camera.animate.mock.calls.at(-1)![0]).toEqual({ ...saved, angle: 0 });
  });

  it('frames what is shown at start without reporting it: the start frame is the default view, kept out of the URL', () => {
    const onCameraChange = vi.fn();
    render(<Scene fitTarget={{ key: 'all', nodes: ['a', 'c'] }} onCameraChange={onCameraChange} />);
    nextFrame();
    expect(fakeSigma().camera.setState).toHaveBeenCalledTimes(1);
    expect(fakeSigma().camera.getState().x).toBeCloseTo(0.3);
    act(() => vi.advanceTimersByTime(DEFAULT_SETTINGS.camera.saveDelayMs + 50));
    expect(onCameraChange).not.toHaveBeenCalled();
  });

  it('leaves the start camera alone when it already frames what is shown, so sigma draws no second frame', () => {
    // Spread over the whole viewport less 64 px on each side (sigma's stage padding), like sigma's start view: a fit
    // would zoom in a little across (48 px margins), which is not worth a second frame.
    Object.assign(positions, { a: { x: 0.064, y: 0.064 }, b: { x: 0.936, y: 0.936 }, c: { x: 0.5, y: 0.5 } });
    try {
      render(<Scene fitTarget={{ key: 'all', nodes: null }} />);
      nextFrame();
      expect(fakeSigma().camera.setState).not.toHaveBeenCalled();
      expect(fakeSigma().camera.animate).not.toHaveBeenCalled();
    } finally {
      Object.assign(positions, { a: { x: 0.2, y: 0.3 }, b: { x: 0.9, y: 0.1 }, c: { x: 0.4, y: 0.5 } });
    }
  });

  it('reports the camera once the user stops moving it, and stops listening when unmounted', () => {
    const onCameraChange = vi.fn();
    const { unmount } = render(<Scene onCameraChange={onCameraChange} />);
    nextFrame();
    onCameraChange.mockClear();
    const camera = fakeSigma().camera;
    act(() => camera.setState({ x: 0.3 }));
    act(() => vi.advanceTimersByTime(DEFAULT_SETTINGS.camera.saveDelayMs - 10));
    act(() => camera.setState({ x: 0.4, ratio: 2 }));
    act(() => vi.advanceTimersByTime(DEFAULT_SETTINGS.camera.saveDelayMs - 10));
    expect(onCameraChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(20));
    expect(onCameraChange).toHaveBeenCalledTimes(1);
    expect(onCameraChange).toHaveBeenCalledWith(expect.objectContaining({ x: 0.4, ratio: 2 }));
    expect(camera.listenerCount()).toBe(1);
    unmount();
    expect(camera.listenerCount()).toBe(0);
  });
});
