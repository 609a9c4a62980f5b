// openDataset on a ?graph= URL the page's early entry already downloaded, and began importing, before the app ran.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EarlyImport } from '../../../src/app/earlyGraphFetch';
import { openDataset } from '../../../src/app/openDataset';
import { splitGraph } from '../../../src/data/graphParts';
import type { ImportWorkerMessage } from '../../../src/data/import/importWorkerProtocol';

const HREF = 'https://example.org/data/pair.json';

/** What the importer posts for a two-node graph: parts, then the report. */
function importerMessages(): ImportWorkerMessage[] {
  const serialized = {
    options: { type: 'directed' as const, multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: [
      { key: 'a', attributes: { label: 'A', x: 0, y: 0 } },
      { key: 'b', attributes: { label: 'B', x: 1, y: 1 } },
    ],
    edges: [{ key: 'e0', source: 'a', target: 'b', attributes: {} }],
  };
  const parts = [...splitGraph(serialized)].map((part) => ({ part, total: 3 }));
  const result = {
    serialized: { ...serialized, nodes: [], edges: [] },
    format: 'json' as const,
    warnings: [],
    warningDetails: [],
    hasPositions: true,
    stats: { nodes: 2, edges: 1 },
  };
  return [{ progress: { stage: 'parsing' } }, ...parts, { ok: true, result }];
}

function setEarly(response: Response, read: EarlyImport['read'], messages: ImportWorkerMessage[] = []) {
  const early: EarlyImport = { read, messages, listener: null };
  window.yrdEarlyGraph = {
    href: HREF,
    response: Promise.resolve(response),
    controller: new AbortController(),
    import: early,
  };
  return early;
}

describe('openDataset with the early import', () => {
  afterEach(() => {
    delete window.yrdEarlyGraph;
    vi.unstubAllGlobals();
  });

  it('builds the graph from the import the early entry began, without fetching or reading the file again', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const response = new Response('not read again');
    setEarly(response, Promise.resolve('importing'), importerMessages());
    const dataset = await openDataset({ kind: 'url', url: HREF });
    expect(dataset.name).toBe('pair.json');
    expect(dataset.graph.order).toBe(2);
    expect(dataset.graph.size).toBe(1);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(response.bodyUsed).toBe(false);
    expect(window.yrdEarlyGraph).toBeUndefined();
  });

  it('follows messages that arrive after the app took the import over', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const [first, ...rest] = importerMessages();
    const early = setEarly(new Response(''), Promise.resolve('importing'), [first!]);
    const opening = openDataset({ kind: 'url', url: HREF });
    await vi.waitFor(() => expect(early.listener).not.toBeNull());
    for (const message of rest) early.listener!(message);
    expect((await opening).graph.order).toBe(2);
  });

  it('reports the HTTP status of a failed download, as without the early entry', async () => {
    vi.stubGlobal('fetch', vi.fn());
    setEarly(new Response('gone', { status: 404, statusText: 'Not Found' }), Promise.resolve(null));
    await expect(openDataset({ kind: 'url', url: HREF })).rejects.toThrow(
      `Could not fetch ${HREF}: HTTP 404 Not Found`,
    );
  });

  it('without the early entry, reads a small file as a Blob and imports it on the page', async () => {
    const text = JSON.stringify({
      options: { type: 'directed' },
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      edges: [{ source: 'a', target: 'b' }],
    });
    const response = new Response(text, { headers: { 'content-type': 'application/json' } });
    const arrayBuffer = vi.spyOn(response, 'arrayBuffer');
    const blob = vi.spyOn(response, 'blob');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(response)),
    );
    const onWorkerImport = vi.fn();
    const dataset = await openDataset({ kind: 'url', url: HREF }, { onWorkerImport });
    expect([dataset.graph.order, dataset.graph.size]).toEqual([3, 1]);
    expect(blob).toHaveBeenCalledTimes(1);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(onWorkerImport).not.toHaveBeenCalled();
  });

  it('says when a large file goes to the import worker, leaving the page free meanwhile', async () => {
    const response = new Response(new Uint8Array(8_000_001));
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(response)),
    );
    const onWorkerImport = vi.fn();
    // jsdom has no Worker: the import itself fails, after the call.
    await openDataset({ kind: 'url', url: HREF }, { onWorkerImport }).catch(() => undefined);
    expect(onWorkerImport).toHaveBeenCalledTimes(1);
  });

  it('starts the import worker when the server announces a large file, while the body still downloads', async () => {
    const size = 8_000_001;
    let finishBody: () => void = () => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(size - 1));
        finishBody = () => {
          controller.enqueue(new Uint8Array(1));
          controller.close();
        };
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, { headers: { 'content-length': String(size) } }))),
    );
    const started: { posted: number | null; terminated: boolean }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((event: MessageEvent) => void) | null = null;
        record = { posted: null as number | null, terminated: false };
        constructor() {
          started.push(this.record);
        }
        postMessage(request: { input: { bytes: ArrayBuffer } }) {
          this.record.posted = request.input.bytes.byteLength;
          // What a worker posts for a file that is not a graph.
          const error = { message: 'not a graph', format: 'json' };
          queueMicrotask(() => this.onmessage?.({ data: { ok: false, error } } as MessageEvent));
        }
        terminate() {
          this.record.terminated = true;
        }
      },
    );
    const opening = openDataset({ kind: 'url', url: HREF }).catch((error: Error) => error);
    await vi.waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]!.posted).toBeNull();
    finishBody();
    expect(await opening).toBeInstanceOf(Error);
    // One worker, started early, was given the whole body, then stopped.
    expect(started).toEqual([{ posted: size, terminated: true }]);
  });

  it('starts another worker when the one started early failed during the download', async () => {
    let finishBody: () => void = () => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        finishBody = () => {
          controller.enqueue(new Uint8Array(8_000_001));
          controller.close();
        };
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, { headers: { 'content-length': '8000001' } }))),
    );
    const workers: { onerror: ((event: Partial<ErrorEvent>) => void) | null; posted: boolean }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onerror: ((event: Partial<ErrorEvent>) => void) | null = null;
        onmessage: ((event: MessageEvent) => void) | null = null;
        posted = false;
        constructor() {
          workers.push(this);
        }
        postMessage() {
          this.posted = true;
          const error = { message: 'not a graph', format: 'json' };
          queueMicrotask(() => this.onmessage?.({ data: { ok: false, error } } as MessageEvent));
        }
        terminate = vi.fn();
      },
    );
    const opening = openDataset({ kind: 'url', url: HREF }).catch((error: Error) => error.message);
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    // Its code did not load: nothing listens yet but the early start.
    workers[0]!.onerror!({ message: 'failed to load the worker script', preventDefault: () => undefined });
    finishBody();
    expect(await opening).toBe('not a graph');
    expect(workers.map((worker) => worker.posted)).toEqual([false, true]);
  });

  it('stops the worker it started early when the download fails', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, { headers: { 'content-length': '8000001' } }))),
    );
    const terminated = vi.fn();
    vi.stubGlobal(
      'Worker',
      class {
        postMessage = vi.fn();
        terminate = terminated;
      },
    );
    await expect(openDataset({ kind: 'url', url: HREF })).rejects.toThrow();
    expect(terminated).toHaveBeenCalledTimes(1);
  });
});
