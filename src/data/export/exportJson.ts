// graphology JSON export: graph.export(), pretty-printed (lossless for JSON-serialisable attributes).
import type Graph from 'graphology';

export function exportJson(graph: Graph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
