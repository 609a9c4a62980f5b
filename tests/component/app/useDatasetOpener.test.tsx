// useDatasetOpener: the startup dataset, opening another one, and a failed open that loses nothing.
import { act, renderHook, waitFor } from '@testing-library/react';
import Graph from 'graphology';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedDataset } from '../../../src/app/dataset';
import { loadDefaultDataset } from '../../../src/app/loadDefaultDataset';
import { openDataset } from '../../../src/app/openDataset';
import { createProgressChannel } from '../../../src/app/progressChannel';
import { useDatasetOpener } from '../../../src/app/useDatasetOpener';

vi.mock('../../../src/app/loadDefaultDataset', () => ({ loadDefaultDataset: vi.fn() }));
vi.mock('../../../src/app/openDataset', () => ({ openDataset: vi.fn() }));

function dataset(name: string, isDefault = false): LoadedDataset {
  return { name, title: name, graph: new Graph(), source: null, mentions: null, isDefault };
}

const file = (name: string) => new File(['<gexf/>'], name);

describe('useDatasetOpener', () => {
  beforeEach(() => {
    vi.mocked(loadDefaultDataset).mockResolvedValue(dataset('yrd-2025', true));
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => vi.mocked(openDataset).mockReset());

  it('shows the startup dataset, with its progress while it loads', async () => {
    const progress = createProgressChannel();
    let finish: (value: LoadedDataset) => void = () => undefined;
    const load = new Promise<LoadedDataset>((resolve) => (finish = resolve));
    // The startup is made once, before React renders (as main.tsx does): the hook's effect depends on it.
    const startup = { load, graphUrl: 'big.gexf', progress };
    const { result } = renderHook(() => useDatasetOpener(startup));
    expect(result.current.opening).toEqual({ name: 'big.gexf', progress: null });
    act(() => progress.emit({ stage: 'parsing', fraction: 0.4 }));
    expect(result.current.opening?.progress).toEqual({ stage: 'parsing', fraction: 0.4 });
    await act(async () => finish(dataset('big.gexf')));
    expect(result.current).toMatchObject({ opening: null, graphUrl: 'big.gexf', generation: 1 });
    expect(result.current.dataset?.name).toBe('big.gexf');
  });

  it('shows a startup dataset that was already loaded from the first render, once', async () => {
    const loaded = dataset('big.gexf');
    const startup = { load: Promise.resolve(loaded), loaded, graphUrl: 'big.gexf' };
    const { result } = renderHook(() => useDatasetOpener(startup));
    expect(result.current).toMatchObject({
      dataset: loaded,
      opening: null,
      graphUrl: 'big.gexf',
      generation: 1,
    });
    // The load's promise settling changes nothing: the explorer is not made again.
    await act(async () => {
      await startup.load;
    });
    expect(result.current.generation).toBe(1);
  });

  it('when the ?graph= URL fails: says why and falls back to the default dataset', async () => {
    const startup = { load: Promise.reject(new Error('HTTP 404')), graphUrl: 'missing.gexf' };
    const { result } = renderHook(() => useDatasetOpener(startup));
    await waitFor(() => expect(result.current.dataset?.name).toBe('yrd-2025'));
    // The error keeps what failed, so that the user's answer (e.g. CSV columns) can open it again.
    expect(result.current.error).toEqual({
      name: 'missing.gexf',
      message: 'HTTP 404',
      request: { kind: 'url', url: 'missing.gexf' },
    });
    expect(result.current.graphUrl).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('names the default dataset as null when it is the one that fails (the UI words it)', async () => {
    const startup = { load: Promise.reject(new Error('HTTP 500')), graphUrl: null };
    const { result } = renderHook(() => useDatasetOpener(startup));
    await waitFor(() => expect(result.current.error).toEqual({ name: null, message: 'HTTP 500' }));
    expect(result.current.dataset).toBeNull();
  });

  it('opens files: a new generation on success; on failure the current dataset stays, with the error', async () => {
    const startup = { load: Promise.resolve(dataset('yrd-2025', true)), graphUrl: null };
    const { result } = renderHook(() => useDatasetOpener(startup));
    await waitFor(() => expect(result.current.generation).toBe(1));
    vi.mocked(openDataset).mockRejectedValueOnce(new Error('line 3: not a graph'));
    act(() => result.current.open({ kind: 'files', files: [file('bad.gexf')] }));
    expect(result.current.opening).toEqual({ name: 'bad.gexf', progress: null });
    await waitFor(() =>
      expect(result.current.error).toMatchObject({ name: 'bad.gexf', message: 'line 3: not a graph' }),
    );
    expect(result.current.error?.request).toMatchObject({ kind: 'files' });
    expect(result.current).toMatchObject({ generation: 1, opening: null });
    expect(result.current.dataset?.name).toBe('yrd-2025');
    vi.mocked(openDataset).mockResolvedValueOnce(dataset('good.gexf'));
    act(() => result.current.open({ kind: 'files', files: [file('good.gexf')] }));
    expect(result.current.error).toBeNull();
    await waitFor(() => expect(result.current.generation).toBe(2));
    expect(result.current.dataset?.name).toBe('good.gexf');
  });

  it('cancels an open: its result is ignored and nothing is shown as opening', async () => {
    const startup = { load: Promise.resolve(dataset('yrd-2025', true)), graphUrl: null };
    const { result } = renderHook(() => useDatasetOpener(startup));
    await waitFor(() => expect(result.current.generation).toBe(1));
    let finish: (value: LoadedDataset) => void = () => undefined;
    vi.mocked(openDataset).mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    act(() => result.current.open({ kind: 'url', url: 'https://example.org/g.json' }));
    const { signal } = vi.mocked(openDataset).mock.calls[0]![1]!;
    act(() => result.current.cancel());
    expect(signal?.aborted).toBe(true);
    expect(result.current.opening).toBeNull();
    await act(async () => finish(dataset('g.json')));
    expect(result.current).toMatchObject({ generation: 1, error: null });
    expect(result.current.dataset?.name).toBe('yrd-2025');
  });
});
