// startInterface: a graph loaded first is drawn, and only then is the interface's code fetched and mounted with it; a
// slow load is left to the interface, fetched after a wait and never told about the load afterwards.
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

  it('draws a loaded graph first, then fetches the interface and mounts it with that graph', async () => {
    const mount = vi.fn<(drawnFirst: DrawnFirst) => void>();
    const load = deferred<LoadedDataset>();
    const ui = deferred<typeof mount>();
    const fetchUi = vi.fn(() => ui.promise);
    const draw = vi.fn(() => {
      // The interface's code is not fetched while the graph is loaded and drawn.
      expect(fetchUi).not.toHaveBeenCalled();
      return frame;
    });
    const started = startInterface({ load: load.promise, ui: fetchUi, draw, waitMs: 1000 });
    await vi.advanceTimersByTimeAsync(500);
    expect(fetchUi).not.toHaveBeenCalled();
    load.resolve(dataset);
    await vi.advanceTimersByTimeAsync(0);
    expect(draw).toHaveBeenCalledWith(dataset);
    expect(fetchUi).toHaveBeenCalledTimes(1);
    ui.resolve(mount);
    await started;
    expect(mount).toHaveBeenCalledWith({ loaded: dataset, firstFrame: frame });
  });

  it('draws a graph loaded while the interface is fetched after the wait, and mounts the interface with it', async () => {
    const mount = vi.fn<(drawnFirst: DrawnFirst) => void>();
    const load = deferred<LoadedDataset>();
    const ui = deferred<typeof mount>();
    const started = startInterface({
      load: load.promise,
      ui: () => ui.promise,
      draw: () => frame,
      waitMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(1000);
    load.resolve(dataset);
    await vi.advanceTimersByTimeAsync(0);
    ui.resolve(mount);
    await started;
    expect(mount).toHaveBeenCalledWith({ loaded: dataset, firstFrame: frame });
  });

  it('fetches the interface as soon as a worker reads the file, leaving the page free, and mounts it then', async () => {
    const load = deferred<LoadedDataset>();
    const threadFree = deferred<void>();
    const mount = vi.fn<(drawnFirst: DrawnFirst) => void>();
    const fetchUi = vi.fn(() => Promise.resolve(mount));
    const started = startInterface({
      load: load.promise,
      ui: fetchUi,
      draw: () => frame,
      threadFree: threadFree.promise,
      waitMs: 2000,
    });
    await vi.advanceTimersByTimeAsync(300);
    expect(fetchUi).not.toHaveBeenCalled();
    threadFree.resolve();
    await started;
    expect(mount).toHaveBeenCalledWith({});
  });

  it('mounts the interface after the wait when the load is slow, and then neither draws nor changes what it gave', async () => {
    const load = deferred<LoadedDataset>();
    const mount = vi.fn<(drawnFirst: DrawnFirst) => void>();
    const draw = vi.fn(() => frame);
    const fetchUi = vi.fn(() => Promise.resolve(mount));
    const started = startInterface({ load: load.promise, ui: fetchUi, draw, waitMs: 1000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchUi).not.toHaveBeenCalled();
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
      ui: () => Promise.resolve(mount),
      draw: () => frame,
      waitMs: 1000,
    });
    expect(mount).toHaveBeenLastCalledWith({});
    await startInterface({
      load: Promise.resolve(dataset),
      ui: () => Promise.resolve(mount),
      draw: () => {
        throw new Error('no WebGL');
      },
      waitMs: 1000,
    });
    expect(mount).toHaveBeenLastCalledWith({ loaded: dataset });
  });
});
