// Classifies a dataset file path: meta.json, nodes/<kind>s.json, edges/pNN.json, or something unexpected.
import { isNodeKind, type NodeKind } from '../model/ontology';

export const META_FILE = 'meta.json';

export type DatasetPath =
  | { type: 'meta' }
  | { type: 'nodes'; kind: NodeKind }
  | { type: 'unknown-node-file'; name: string }
  | { type: 'edges'; paragraph: number }
  | { type: 'bad-edge-file'; name: string }
  | { type: 'other' };

/** Node file name for a kind, e.g. "nodes/leaders.json". */
export function makeNodeFilePath(kind: NodeKind): string {
  return `nodes/${kind}s.json`;
}

/** Edge file name for a paragraph, e.g. "edges/p01.json". */
export function makeEdgeFilePath(paragraph: number): string {
  return `edges/p${String(paragraph).padStart(2, '0')}.json`;
}

/** Works out what a relative path inside the dataset folder is. */
export function classifyDatasetPath(path: string): DatasetPath {
  if (path === META_FILE) return { type: 'meta' };
  const nodeMatch = /^nodes\/([^/]+)$/.exec(path);
  if (nodeMatch?.[1] !== undefined) {
    const name = nodeMatch[1];
    const kind = /^([a-z]+)s\.json$/.exec(name)?.[1];
    return isNodeKind(kind) ? { type: 'nodes', kind } : { type: 'unknown-node-file', name };
  }
  const edgeMatch = /^edges\/([^/]+)$/.exec(path);
  if (edgeMatch?.[1] !== undefined) {
    const name = edgeMatch[1];
    const digits = /^p(\d{2})\.json$/.exec(name)?.[1];
    return digits === undefined
      ? { type: 'bad-edge-file', name }
      : { type: 'edges', paragraph: Number(digits) };
  }
  return { type: 'other' };
}
