// What the import worker does with one request: read the file, import it (importGraphOnDemand), post the outcome.
import { indexParallelEdges } from '../../model/parallelEdges';
import { seedMissingPositions } from '../../model/seedPositions';
import { DEFAULT_PART_SIZE, splitGraph } from '../graphParts';
import { GraphImportError, toGraphImportErrorData } from './GraphImportError';
import { importGraphOnDemand } from './importGraphOnDemand';
import { resolveLimits } from './importLimits';
import type { ImportFile, ImportInput } from './importTypes';
import type {
  BlobImportFile,
  BytesImportFile,
  ImportRequest,
  ImportWorkerMessage,
  WorkerImportInput,
} from './importWorkerProtocol';
import { readFileAsText } from './readFileAsText';

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

export async function handleImportRequest(
  request: ImportRequest,
  post: (message: ImportWorkerMessage) => void,
): Promise<void> {
  try {
    const limits = resolveLimits(request.limits);
    post({ progress: { stage: 'reading', fraction: 0 } });
    const input = await readInput(request.input, limits.maxBytes);
    post({ progress: { stage: 'reading', fraction: 1 } });
    const result = await importGraphOnDemand(input, {
      ...request.choices,
      limits,
      onProgress: (progress) => post({ progress }),
    });
    // Done here, not on the main thread: positions for layout-less files, and curves for parallel edges.
    const { serialized } = result;
    seedMissingPositions(serialized);
    const total = serialized.nodes.length + (serialized.edges?.length ?? 0);
    // Numbered once the node parts are on their way, so that the main thread adds nodes meanwhile.
    for (const part of splitGraph(serialized, DEFAULT_PART_SIZE, () => indexParallelEdges(serialized)))
      post({ part, total });
    post({ ok: true, result: { ...result, serialized: { ...serialized, nodes: [], edges: [] } } });
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
