// startInterface: a graph loaded before the interface is drawn first and handed over; a slow load is left to the
// interface, which mounts after a wait and is never told about the load afterwards.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedDataset } from '../../../src/app/dataset';
import { startInterface, type DrawnFirst } from '../../../src/app/startInterface';
import type { FirstFrame } from '../../../src/render';

const dataset = { name: 'g' } as LoadedDataset;
const frame = { graph: {} } as FirstFrame;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('startInterface', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws a graph loaded before the interface, and mounts the interface with it at once', async () => {
    const mount = vi.fn<(drawnFirst: DrawnFirst) => void>();
    const draw = vi.fn(() => frame);
    const ui = deferred<typeof mount>();
    const started = startInterface({ load: Promise.resolve(dataset), ui: ui.promise, draw, waitMs: 1000 });
    await vi.advanceTimersByTimeAsync(10);
    expect(draw).toHaveBeenCalledWith(dataset);
    ui.resolve(mount);
    await started;
    expect(mount).toHaveBeenCalledWith({ loaded: dataset, firstFrame: frame });
  });

  it('mounts the interface after the wait when the load is slow, and then neither draws nor changes what it gave', async () => {
    const load = deferred<LoadedDataset>();
    const mount = vi.fn<(drawnFirst: DrawnFirst) => void>();
    const draw = vi.fn(() => frame);
    const started = startInterface({ load: load.promise, ui: Promise.resolve(mount), draw, waitMs: 1000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(mount).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await started;
    expect(mount).toHaveBeenCalledTimes(1);
    const given = mount.mock.calls[0]![0];
    expect(given).toEqual({});
    load.resolve(dataset);
    await vi.advanceTimersByTimeAsync(10);
    expect(draw).not.toHaveBeenCalled();
    expect(given).toEqual({});
  });

  it('mounts the interface without a dataset when the load fails, or without a frame when drawing fails', async () => {
    const mount = vi.fn<(drawnFirst: DrawnFirst) => void>();
    await startInterface({
      load: Promise.reject(new Error('HTTP 404')),
      ui: Promise.resolve(mount),
      draw: () => frame,
      waitMs: 1000,
    });
    expect(mount).toHaveBeenLastCalledWith({});
    await startInterface({
      load: Promise.resolve(dataset),
      ui: Promise.resolve(mount),
      draw: () => {
        throw new Error('no WebGL');
      },
      waitMs: 1000,
    });
    expect(mount).toHaveBeenLastCalledWith({ loaded: dataset });
  });
});
