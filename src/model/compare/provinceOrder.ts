// The provinces of a graph in display order: Shanghai, Jiangsu, Zhejiang, Anhui first, any others alphabetically.
import type Graph from 'graphology';
import { summarizeNode, type NodeSummary } from '../describe';

/** The customary order of the Yangtze River Delta's "three provinces and one city", by label. */
export const DEFAULT_PROVINCE_ORDER: readonly string[] = ['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui'];

const byLabel = (a: NodeSummary, b: NodeSummary) =>
  a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }) || a.key.localeCompare(b.key);

/** Nodes of kind 'province': those named in DEFAULT_PROVINCE_ORDER (case-insensitive) in that order, then the rest by label. */
export function listProvinces(graph: Graph): NodeSummary[] {
  const rank = (summary: NodeSummary) => {
    const index = DEFAULT_PROVINCE_ORDER.findIndex(
      (name) => name.toLowerCase() === summary.label.toLowerCase(),
    );
    return index === -1 ? DEFAULT_PROVINCE_ORDER.length : index;
  };
  return graph
    .filterNodes((_key, attributes) => attributes.kind === 'province')
    .map((key) => summarizeNode(graph, key))
    .sort((a, b) => rank(a) - rank(b) || byLabel(a, b));
}
