// What the import worker does with one request: read the file, import it (importGraphOnDemand), post the outcome.
import {
  createEndNumbering,
  planParallelEdges,
  type EndNumbering,
  type NumberedEnds,
  type ParallelPlan,
} from '../../model/parallelEdges';
import { seedMissingPositions } from '../../model/seedPositions';
import { DEFAULT_PART_SIZE, edgeColumns, splitGraph, type EdgeAttributeColumns } from '../graphParts';
import { detectFormat } from './detectFormat';
import { GraphImportError, toGraphImportErrorData } from './GraphImportError';
import { importGraphOnDemand } from './importGraphOnDemand';
import { resolveLimits } from './importLimits';
import type { ImportFile, ImportInput, ImportProgress, ImportResult, NormalisedSink } from './importTypes';
import type {
  BlobImportFile,
  BytesImportFile,
  ImportRequest,
  ImportWorkerMessage,
  WorkerImportInput,
} from './importWorkerProtocol';
import { readFileAsText } from './readFileAsText';
import { StreamRestart } from './StreamRestart';

async function readImportFile(
  file: ImportFile | BlobImportFile | BytesImportFile,
  maxBytes: number,
): Promise<ImportFile> {
  if ('text' in file) return { name: file.name, text: file.text };
  // Downloaded bytes decode as UTF-8, as Blob.text() does; both are refused over the byte limit before reading.
  const source =
    'bytes' in file
      ? { size: file.bytes.byteLength, text: async () => new TextDecoder().decode(file.bytes) }
      : { size: file.file.size, text: () => file.file.text() };
  const text = await readFileAsText({ name: file.name, ...source }, { maxBytes });
  return { name: file.name, text };
}

async function readInput(input: WorkerImportInput, maxBytes: number): Promise<ImportInput> {
  const main: ImportInput = await readImportFile(input, maxBytes);
  if (input.origin) main.origin = input.origin;
  if (!('nodesCsv' in input) || !input.nodesCsv) return main;
  return { ...main, nodesCsv: await readImportFile(input.nodesCsv, maxBytes) };
}

/**
 * Posts the graph part by part as it is normalised, so that the page builds it while the rest is read. Done here,
 * not on the page's thread: positions for layout-less files, and curves for parallel edges (numbered as the edges
 * go out when their ends are known first, else sent as edge attributes after the last edge). The graph is a simple one
 * when the ends are known first and no two edges repeat a pair, or when the reader has checked that as it read them
 * (a JSON file parsed in parts that declares itself simple); a GEXF file streamed as it is read stays a multigraph.
 */
function createPostingSink(post: (message: ImportWorkerMessage) => void): NormalisedSink {
  let total = 0;
  let plan: ParallelPlan | null = null;
  let numbered = 0;
  /** Edges numbered after the last: their keys, and their ends as the reader numbered them or as they passed here. */
  let later: { keys: string[]; numbering: EndNumbering | null; ends: () => NumberedEnds } | null = null;
  return {
    start(head, ends, expectedEdges) {
      seedMissingPositions(head);
      total = head.nodes.length + expectedEdges;
      if (typeof ends === 'function') later = { keys: [], numbering: null, ends };
      else if (ends) plan = planParallelEdges(ends);
      else {
        const numbering = createEndNumbering();
        later = { keys: [], numbering, ends: () => numbering.finish() };
      }
      const options = head.options ?? {};
      // Edges known to fit a simple graph are added to one: graphology adds an edge to a multi graph ~1.5× slower.
      const simple = options.multi === false || plan?.fitsSimpleGraph(options.type ?? 'mixed') === true;
      const sent = simple ? { ...head, options: { ...options, multi: false } } : head;
      for (const part of splitGraph(sent)) post({ part, total });
    },
    edges(edges) {
      for (const edge of edges) {
        if (plan) plan.apply(edge, numbered++);
        else if (later) {
          later.numbering?.add(edge.source, edge.target);
          later.keys.push(edge.key!);
        }
      }
      post({ part: { edges: edgeColumns(edges) }, total });
    },
    finish() {
      if (!later) return;
      const { keys } = later;
      const lastPlan = planParallelEdges(later.ends());
      let part: EdgeAttributeColumns = { keys: [], attributes: [] };
      for (let i = 0; i < keys.length; i++) {
        const numbering = lastPlan.numberingOf(i);
        if (!numbering) continue;
        part.keys.push(keys[i]!);
        part.attributes.push(numbering);
        if (part.keys.length === DEFAULT_PART_SIZE) {
          post({ part: { edgeAttributes: part }, total });
          part = { keys: [], attributes: [] };
        }
      }
      if (part.keys.length > 0) post({ part: { edgeAttributes: part }, total });
    },
  };
}

/**
 * On the page's thread, a GEXF file up to this many characters streams too: its nodes are then added to the graph
 * before its edges are read (reading it whole instead measured the same at 1,000 nodes). A larger one is read whole:
 * no other thread builds the graph meanwhile, and streaming's checks of every edge cost ~30–50 ms at 10,000 nodes.
 */
export const PAGE_THREAD_GEXF_STREAM_MAX_CHARS = 2_000_000;

export async function handleImportRequest(
  request: ImportRequest,
  post: (message: ImportWorkerMessage) => void,
): Promise<void> {
  try {
    const limits = resolveLimits(request.limits);
    post({ progress: { stage: 'reading', fraction: 0 } });
    const input = await readInput(request.input, limits.maxBytes);
    post({ progress: { stage: 'reading', fraction: 1 } });
    const format = detectFormat(input.name, input.text);
    // JSON and GEXF stream: their parts go out while the rest is read. Other formats are read whole first.
    const streams =
      format === 'json' ||
      (format === 'gexf' &&
        (!request.onPageThread || input.text.length <= PAGE_THREAD_GEXF_STREAM_MAX_CHARS));
    const options = {
      ...request.choices,
      limits,
      onProgress: (progress: ImportProgress) => post({ progress }),
    };
    let result: ImportResult | null = null;
    if (streams) {
      try {
        // A large JSON text is parsed a part at a time in the worker; on the page's thread, at once.
        const parseInParts = !request.onPageThread;
        result = await importGraphOnDemand(input, {
          ...options,
          sink: createPostingSink(post),
          parseInParts,
        });
      } catch (error) {
        if (!(error instanceof StreamRestart)) throw error;
        post({ restart: true });
      }
    }
    if (!result) {
      result = await importGraphOnDemand(input, options);
      const edges = result.serialized.edges ?? [];
      const whole = createPostingSink(post);
      whole.start({ ...result.serialized, edges: [] }, edges, edges.length);
      for (let i = 0; i < edges.length; i += DEFAULT_PART_SIZE)
        whole.edges(edges.slice(i, i + DEFAULT_PART_SIZE));
      whole.finish();
    }
    post({ ok: true, result: { ...result, serialized: { ...result.serialized, nodes: [], edges: [] } } });
  } catch (error) {
    const importError =
      error instanceof GraphImportError
        ? error
        : new GraphImportError(
            `Unexpected import failure: ${error instanceof Error ? error.message : String(error)}`,
            'unknown',
          );
    post({ ok: false, error: toGraphImportErrorData(importError) });
  }
}
