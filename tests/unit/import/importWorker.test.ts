// The import worker protocol: the worker entry and handler, importInWorker (fake worker), abort, readFileAsText.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import { importInWorker, type ImportWorkerLike } from '../../../src/data/import/importInWorker';
import {
  handleImportRequest,
  PAGE_THREAD_GEXF_STREAM_MAX_CHARS,
} from '../../../src/data/import/importWorkerHandler';
import type { ImportRequest, ImportWorkerMessage } from '../../../src/data/import/importWorkerProtocol';
import { readFileAsText } from '../../../src/data/import/readFileAsText';
import { importGraph } from '../../../src/data/import/importGraph';
import { assembleGraph } from '../../../src/data/graphAssembler';
import { indexParallelEdges } from '../../../src/model/parallelEdges';
import { seedMissingPositions } from '../../../src/model/seedPositions';

const CSV = 'source,target\na,b\n';

async function run(request: ImportRequest): Promise<ImportWorkerMessage[]> {
  const messages: ImportWorkerMessage[] = [];
  await handleImportRequest(request, (message) => messages.push(structuredClone(message)));
  return messages;
}

/** Runs the real handler in-process, delivering structured-cloned messages asynchronously like a worker. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** What each postMessage moved instead of copying. */
  transfers: Transferable[][] = [];
  postMessage(request: ImportRequest, transfer: Transferable[] = []) {
    this.transfers.push(transfer);
    void handleImportRequest(structuredClone(request), (message) => {
      const data = structuredClone(message);
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
      }, 0);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('import worker handler', () => {
  it('posts progress, then the graph in parts, then the result without nodes or edges', async () => {
    const messages = await run({ input: { name: 'e.csv', text: CSV } });
    expect(messages.slice(0, 4)).toEqual([
      { progress: { stage: 'reading', fraction: 0 } },
      { progress: { stage: 'reading', fraction: 1 } },
      { progress: { stage: 'parsing' } },
      { progress: { stage: 'normalising' } },
    ]);
    const parts = messages.slice(4, -1);
    expect(parts.map((m) => ('part' in m ? Object.keys(m.part).sort() : m))).toEqual([
      ['attributes', 'options'],
      ['nodes'],
      ['edges'],
    ]);
    expect(parts.every((m) => 'total' in m && m.total === 3)).toBe(true);
    const last = messages.at(-1);
    expect(last).toMatchObject({
      ok: true,
      result: { format: 'csv', stats: { nodes: 2, edges: 1 }, serialized: { nodes: [], edges: [] } },
    });
  });

  it('seeds positions and numbers parallel edges in the worker', async () => {
    const messages = await run({ input: { name: 'e.csv', text: 'source,target\na,b\na,b\nb,c\n' } });
    const nodes = messages.flatMap((m) => ('part' in m ? (m.part.nodes?.attributes ?? []) : []));
    const edges = messages.flatMap((m) => ('part' in m ? (m.part.edges?.attributes ?? []) : []));
    expect(nodes.every((n) => Number.isFinite(n?.x) && Number.isFinite(n?.y))).toBe(true);
    expect(edges.map((e) => e?.parallelIndex)).toEqual([-0.5, 0.5, undefined]);
    expect(messages.at(-1)).toMatchObject({ ok: true, result: { hasPositions: false } });
  });

  it('sends a simple graph when no two edges repeat a pair, and a multi graph otherwise', async () => {
    const optionsOf = async (name: string, text: string) => {
      const messages = await run({ input: { name, text } });
      return messages.flatMap((m) => ('part' in m && m.part.options ? [m.part.options] : []));
    };
    const graph = (edges: [string, string][]) =>
      JSON.stringify({
        nodes: [{ key: 'a' }, { key: 'b' }],
        edges: edges.map(([source, target]) => ({ source, target })),
      });
    expect(
      await optionsOf(
        'g.json',
        graph([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    ).toEqual([{ type: 'directed', multi: false, allowSelfLoops: true }]);
    expect(
      await optionsOf(
        'g.json',
        graph([
          ['a', 'b'],
          ['a', 'b'],
        ]),
      ),
    ).toEqual([{ type: 'directed', multi: true, allowSelfLoops: true }]);
    expect(await optionsOf('e.csv', 'source,target\na,b\nb,c\n')).toEqual([
      { type: 'directed', multi: false, allowSelfLoops: true },
    ]);
    // A GEXF file streamed as it is read: its edges go out before all are known.
    const gexf =
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>' +
      '<node id="a"/><node id="b"/></nodes><edges><edge id="0" source="a" target="b"/></edges></graph></gexf>';
    expect(await optionsOf('g.gexf', gexf)).toEqual([
      { type: 'directed', multi: true, allowSelfLoops: true },
    ]);
  });

  it('reads blobs in the worker and enforces the byte limit there', async () => {
    const ok = await run({ input: { name: 'e.csv', file: new Blob([CSV]) } });
    expect(ok.at(-1)).toMatchObject({ ok: true });
    const tooBig = await run({
      input: { name: 'e.csv', file: new Blob(['x'.repeat(3000)]) },
      limits: { maxBytes: 2048 },
    });
    expect(tooBig.at(-1)).toEqual({
      ok: false,
      error: { message: 'The file is 2.9 KB; the limit is 2.0 KB', format: 'csv' },
    });
  });

  it('decodes downloaded bytes in the worker and enforces the byte limit there', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text).buffer;
    const ok = await run({ input: { name: 'e.csv', bytes: bytes(`\uFEFF${CSV}`) } });
    expect(ok.at(-1)).toMatchObject({ ok: true, result: { stats: { nodes: 2, edges: 1 } } });
    const tooBig = await run({
      input: { name: 'e.json', bytes: bytes('x'.repeat(3000)) },
      limits: { maxBytes: 2048 },
    });
    expect(tooBig.at(-1)).toEqual({
      ok: false,
      error: { message: 'The file is 2.9 KB; the limit is 2.0 KB', format: 'json' },
    });
  });

  it('posts failures as plain data with format and location', async () => {
    const messages = await run({ input: { name: 'e.csv', text: 'source,target\na,\n' } });
    expect(messages.at(-1)).toEqual({
      ok: false,
      error: { message: 'CSV e.csv line 2: missing "target" value', format: 'csv', location: { line: 2 } },
    });
  });
});

describe('parts sent as they are normalised', () => {
  /** A graph of `n` nodes in a ring, each edge doubled every third node and reversed every fifth: parallels of both kinds. */
  function ringJson(n: number, options: Record<string, unknown>, positions: boolean) {
    const nodes = Array.from({ length: n }, (_, i) => ({
      key: `n${i}`,
      attributes: positions
        ? { x: i, y: i % 7, label: `Node ${i}`, color: '#336699' }
        : { label: `Node ${i}` },
    }));
    const edges = nodes.flatMap((_, i) => {
      const ring = { source: `n${i}`, target: `n${(i + 1) % n}`, attributes: { weight: i % 4 } };
      return [
        ring,
        ...(i % 3 === 0 ? [{ ...ring, attributes: { type: 'twin' } }] : []),
        ...(i % 5 === 0 ? [{ source: ring.target, target: ring.source }] : []),
      ];
    });
    return JSON.stringify({ options, nodes, edges });
  }

  /**
   * A GEXF ring like ringJson's (parallels of both kinds), about 1.6 MB so that it is parsed in several chunks, with
   * declared attributes, viz and a default; `edit` changes the text to make a file that cannot stream.
   */
  function ringGexf(
    n: number,
    edgeType: 'directed' | 'undirected',
    edit: (text: string) => string = (t) => t,
  ) {
    const nodes = Array.from(
      { length: n },
      (_, i) =>
        `<node id="n${i}" label="Node ${i}"><attvalues><attvalue for="0" value="k${i % 3}"/></attvalues><viz:position x="${i}" y="${i % 7}"/></node>`,
    );
    const edges = Array.from({ length: n }, (_, i) => {
      const ring = `<edge id="e${i}" source="n${i}" target="n${(i + 1) % n}" weight="${1 + (i % 4)}"/>`;
      const twin = i % 3 === 0 ? `<edge id="t${i}" source="n${i}" target="n${(i + 1) % n}"/>` : '';
      const back = i % 5 === 0 ? `<edge id="b${i}" source="n${(i + 1) % n}" target="n${i}"/>` : '';
      return ring + twin + back;
    });
    return edit(
      `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">` +
        `<meta><creator>test</creator></meta><graph defaultedgetype="${edgeType}">` +
        `<attributes class="node"><attribute id="0" title="group" type="string"><default>none</default></attribute></attributes>` +
        `<nodes>\n${nodes.join('\n')}\n</nodes><edges>\n${edges.join('\n')}\n</edges></graph></gexf>`,
    );
  }

  const GEXF_CASES: [string, string, boolean][] = [
    ['directed', ringGexf(3_300, 'directed'), false],
    ['undirected', ringGexf(3_300, 'undirected'), false],
    [
      'mixed',
      ringGexf(3_300, 'directed', (t) => t.replace('id="e2500"', 'id="e2500" type="undirected"')),
      true,
    ],
    ['repeated id', ringGexf(3_300, 'directed', (t) => t.replace('id="e2500"', 'id="e7"')), true],
    ['edge without id', ringGexf(3_300, 'directed', (t) => t.replace('id="e2500" ', '')), true],
    [
      // Large enough that the last node comes in a later chunk than the first edge.
      'node after the edges',
      ringGexf(16_000, 'directed', (t) =>
        t
          .replace('target="n1" weight', 'target="late" weight')
          .replace('</edges>', '</edges><nodes><node id="late"/></nodes>'),
      ),
      true,
    ],
    [
      'late default',
      ringGexf(3_300, 'directed', (t) =>
        t.replace(
          '</edges>',
          '</edges><attributes class="edge"><attribute id="w" title="w" type="string"><default>x</default></attribute></attributes>',
        ),
      ),
      true,
    ],
  ];

  it('streams a GEXF file as it is read, and reads it again whole when it must', async () => {
    for (const [name, text, restarts] of GEXF_CASES) {
      const messages = await run({ input: { name: `${name}.gexf`, text } });
      expect(messages.at(-1), name).toMatchObject({ ok: true });
      expect(
        messages.some((m) => 'restart' in m),
        name,
      ).toBe(restarts);
      // Unless it restarted, the parallel edges' numbering follows the last edge, as edge attributes.
      expect(
        messages.some((m) => 'part' in m && m.part.edgeAttributes),
        name,
      ).toBe(!restarts);
    }
    // A file of several chunks: edges go out before the last chunk is parsed.
    const messages = await run({ input: { name: 'big.gexf', text: ringGexf(20_000, 'directed') } });
    const firstEdges = messages.findIndex((m) => 'part' in m && m.part.edges);
    const lastParsing = messages.findLastIndex((m) => 'progress' in m && m.progress.stage === 'parsing');
    expect(firstEdges).toBeGreaterThan(0);
    expect(firstEdges).toBeLessThan(lastParsing);
    expect(messages.at(-1)).toMatchObject({ ok: true, result: { stats: { nodes: 20_000, edges: 30_667 } } });
    // The parts' total, for progress, is estimated from the first edges read: within a tenth of the real one.
    const total = messages.find((m) => 'part' in m && 'total' in m);
    expect(total && 'total' in total && Math.abs(total.total / (20_000 + 30_667) - 1)).toBeLessThan(0.1);
  }, 30_000);

  it('reports a file that breaks after its first parts went out as the whole-file reading does', async () => {
    const text = ringGexf(20_000, 'directed').replace('</edges></graph></gexf>', '<edge id="x" source="n1"');
    const messages = await run({ input: { name: 'broken.gexf', text } });
    expect(messages.some((m) => 'part' in m && m.part.edges)).toBe(true);
    const expected = (() => {
      try {
        importGraph({ name: 'broken.gexf', text });
      } catch (error) {
        return error instanceof GraphImportError ? error.message : String(error);
      }
      return 'no error';
    })();
    expect(expected).toMatch(/^GEXF: malformed XML at line \d+/);
    expect(messages.at(-1)).toMatchObject({ ok: false, error: { message: expected, format: 'gexf' } });
  }, 30_000);

  it("reads a large GEXF file whole on the page's thread, numbering its parallel edges as they go out", async () => {
    const text = ringGexf(20_000, 'directed');
    expect(text.length).toBeGreaterThan(PAGE_THREAD_GEXF_STREAM_MAX_CHARS);
    const messages = await run({ input: { name: 'ring.gexf', text }, onPageThread: true });
    expect(messages.some((m) => 'part' in m && m.part.edgeAttributes)).toBe(false);
    const edges = messages.flatMap((m) => ('part' in m ? (m.part.edges?.attributes ?? []) : []));
    // 9,333 ring edges with a twin or a reverse, 6,667 twins and 4,000 reverses.
    expect(edges.filter((attributes) => attributes?.parallelIndex !== undefined)).toHaveLength(20_000);
  }, 30_000);

  it("streams a small GEXF file on the page's thread too", async () => {
    const [, text] = GEXF_CASES[0]!;
    expect(text.length).toBeLessThanOrEqual(PAGE_THREAD_GEXF_STREAM_MAX_CHARS);
    const messages = await run({ input: { name: 'ring.gexf', text }, onPageThread: true });
    expect(messages.some((m) => 'part' in m && m.part.edgeAttributes)).toBe(true);
    expect(messages.at(-1)).toMatchObject({ ok: true });
  });

  it('hands the nodes over as soon as the edges begin, before reading on', async () => {
    // The nodes take the first ~0.75 MB.
    const text = ringGexf(6_000, 'directed');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const messages = await run({ input: { name: 'big.gexf', text } });
    const nodes = messages.findIndex((m) => 'part' in m && m.part.nodes);
    const firstParsing = messages.findIndex(
      (m) => 'progress' in m && m.progress.stage === 'parsing' && m.progress.fraction !== undefined,
    );
    // Before the first megabyte is read (reading it whole, as the edges after it are, put the nodes after it).
    expect(nodes).toBeGreaterThan(0);
    expect(firstParsing).toBeGreaterThan(nodes);
  }, 30_000);

  it('build the same graph, with the same report, as importing the whole file first', async () => {
    const inputs = [
      { name: 'ring.json', text: ringJson(4_000, { type: 'directed' }, true) },
      { name: 'ring.json', text: ringJson(3_600, { type: 'undirected' }, false) },
      {
        name: 'mixed.json',
        text: ringJson(3_600, {}, true).replace(/"target":"n7"}/g, '"target":"n7","undirected":true}'),
      },
      {
        name: 'edges.csv',
        text: `source,target,kind\n${Array.from({ length: 12_000 }, (_, i) => `a${i % 900},a${(i * 7) % 900},k${i % 3}`).join('\n')}`,
      },
      ...GEXF_CASES.map(([name, text]) => ({ name: `${name}.gexf`, text })),
    ];
    for (const input of inputs) {
      const streamed = await importInWorker(input, { createWorker: () => new FakeWorker() });
      const whole = importGraph(input);
      seedMissingPositions(whole.serialized);
      indexParallelEdges(whole.serialized);
      const expected = assembleGraph(whole.serialized);
      expect(streamed.graph.order).toBeGreaterThan(0);
      expect(streamed.graph.size).toBeGreaterThan(5_000);
      expect(streamed.graph.export()).toEqual(expected.export());
      const { serialized: _streamed, ...streamedReport } = { ...streamed, serialized: null };
      const { serialized: _whole, ...wholeReport } = whole;
      expect({ ...streamedReport, graph: null }).toEqual({ ...wholeReport, graph: null });
    }
  }, 30_000);
});

describe('importWorker entry', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('wires self.onmessage to the handler and posts back with self.postMessage', async () => {
    const posted: ImportWorkerMessage[] = [];
    const scope: {
      onmessage: ((event: { data: ImportRequest }) => void) | null;
      postMessage: (m: ImportWorkerMessage) => void;
    } = {
      onmessage: null,
      postMessage: (message) => posted.push(message),
    };
    vi.stubGlobal('self', scope);
    await import('../../../src/data/import/importWorker');
    expect(scope.onmessage).toBeTypeOf('function');
    scope.onmessage?.({ data: { input: { name: 'e.csv', text: CSV } } });
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ ok: true }));
  });
});

describe('importInWorker', () => {
  it('moves downloaded bytes to the worker instead of copying them', async () => {
    const worker = new FakeWorker();
    const bytes = new TextEncoder().encode(CSV).buffer;
    const result = await importInWorker({ name: 'e.csv', bytes }, { createWorker: () => worker });
    expect(result.graph.order).toBe(2);
    expect(worker.transfers).toEqual([[bytes]]);
  });

  it('resolves with the result and reports progress', async () => {
    const stages: string[] = [];
    const worker = new FakeWorker();
    const result = await importInWorker(
      { name: 'e.csv', text: CSV },
      { onProgress: (progress) => stages.push(progress.stage), createWorker: () => worker },
    );
    expect(result.stats).toEqual({ nodes: 2, edges: 1 });
    expect(result.graph.order).toBe(2);
    expect(result.graph.size).toBe(1);
    expect(result.graph.hasEdge('a', 'b')).toBe(true);
    expect(stages).toEqual([
      'reading',
      'reading',
      'parsing',
      'normalising',
      'building',
      'building',
      'building',
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('reports the share of the graph built, and builds it from many parts', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `n${i},n${i + 1}`).join('\n');
    const fractions: number[] = [];
    const result = await importInWorker(
      { name: 'e.csv', text: `source,target\n${rows}\n` },
      {
        onProgress: (p) => p.stage === 'building' && fractions.push(p.fraction ?? -1),
        createWorker: () => new FakeWorker(),
      },
    );
    expect(result.graph.order).toBe(12_001);
    expect(result.graph.size).toBe(12_000);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('rejects, naming the cause, when a part cannot be added to the graph', async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => {
      const send = (data: ImportWorkerMessage) =>
        setTimeout(() => worker.onmessage?.({ data } as MessageEvent));
      send({ part: { nodes: { keys: ['a'], attributes: [null] } }, total: 2 });
      send({ part: { nodes: { keys: ['a'], attributes: [null] } }, total: 2 });
    };
    await expect(
      importInWorker({ name: 'g.json', text: '{}' }, { createWorker: () => worker }),
    ).rejects.toMatchObject({
      name: 'GraphImportError',
      message: expect.stringMatching(/^The graph could not be built: .*"a"/),
      format: 'json',
    });
    expect(worker.terminated).toBe(true);
  });

  it('rejects with a GraphImportError rebuilt from the message', async () => {
    const promise = importInWorker(
      { name: 'g.json', text: '{"nodes": [{}]}' },
      { createWorker: () => new FakeWorker() },
    );
    await expect(promise).rejects.toBeInstanceOf(GraphImportError);
    await expect(promise).rejects.toMatchObject({ message: 'JSON: nodes[0].key is missing', format: 'json' });
  });

  it('aborts: terminates the worker and rejects with an AbortError', async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const promise = importInWorker(
      { name: 'e.csv', text: CSV },
      { signal: controller.signal, createWorker: () => worker },
    );
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    const already = importInWorker(
      { name: 'e.csv', text: CSV },
      { signal: controller.signal, createWorker: () => worker },
    );
    await expect(already).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('turns worker errors into GraphImportErrors', async () => {
    const worker = new FakeWorker();
    worker.postMessage = () =>
      setTimeout(() => worker.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent), 0);
    await expect(
      importInWorker({ name: 'g.gexf', text: 'x' }, { createWorker: () => worker }),
    ).rejects.toMatchObject({
      name: 'GraphImportError',
      message: 'The import worker failed: boom',
      format: 'gexf',
    });
    const failing = () => {
      throw new Error('no workers here');
    };
    await expect(
      importInWorker({ name: 'g.gexf', text: 'x' }, { createWorker: failing }),
    ).rejects.toMatchObject({
      message: 'Could not start the import worker: no workers here',
    });
  });
});

describe('readFileAsText', () => {
  it('reads a file under the limit', async () => {
    await expect(readFileAsText(new File([CSV], 'e.csv'), { maxBytes: 100 })).resolves.toBe(CSV);
  });

  it('rejects a file over the limit before reading it', async () => {
    const file = new File(['x'.repeat(5000)], 'big.gexf');
    const text = vi.spyOn(file, 'text');
    await expect(readFileAsText(file, { maxBytes: 4096 })).rejects.toMatchObject({
      name: 'GraphImportError',
      message: 'The file is 4.9 KB; the limit is 4.0 KB',
      format: 'gexf',
    });
    expect(text).not.toHaveBeenCalled();
  });
});

describe('import choices and structured results through the worker', () => {
  it("passes the user's choices to the importer and brings back structured warnings", async () => {
    const input = {
      name: 'e.csv',
      text: 'source,target\na,b\nb,zz\n',
      nodesCsv: { name: 'n.csv', text: 'id\na\nb\n' },
    };
    const skipped = await importInWorker(input, { createWorker: () => new FakeWorker() });
    expect(skipped.graph.order).toBe(2);
    expect(skipped.warningDetails.map((warning) => warning.code)).toEqual(['dangling-edges']);
    const created = await importInWorker(input, {
      createWorker: () => new FakeWorker(),
      missingNodes: 'create',
    });
    expect(created.graph.hasNode('zz')).toBe(true);
    expect(created.warningDetails[0]).toMatchObject({ code: 'missing-nodes-created', count: 1 });
    const columns = await importInWorker(
      { name: 'e.csv', text: 'company,partner\nA,B\n' },
      { createWorker: () => new FakeWorker(), csvColumns: { source: 'company', target: 'partner' } },
    );
    expect(columns.graph.hasEdge('A', 'B')).toBe(true);
  });

  it('rebuilds error details on the main thread, and words a URL import as such', async () => {
    const html = new Blob(['<!doctype html><html><body>Not found</body></html>'], { type: 'text/html' });
    const rejection = importInWorker(
      { name: 'graph.gexf', file: html, origin: 'url' },
      { createWorker: () => new FakeWorker() },
    );
    await expect(rejection).rejects.toMatchObject({
      message: 'The URL returned a web page (HTML), not a graph file',
      detail: { code: 'not-a-graph', content: 'html', origin: 'url' },
    });
    const columns = importInWorker(
      { name: 'e.csv', text: 'a,b\n1,2\n' },
      { createWorker: () => new FakeWorker() },
    );
    await expect(columns).rejects.toMatchObject({ detail: { code: 'csv-columns', columns: ['a', 'b'] } });
  });
});
