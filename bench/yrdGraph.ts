// Facts about the YRD graph file the bench needs: its node count, and a node label to search for.
import { readFileSync } from 'node:fs';
import { YRD_GRAPH_PATH } from './paths';

interface SerializedYrd {
  nodes: { key: string; attributes?: { label?: string } }[];
  edges: { source: string; target: string }[];
}

const read = () => JSON.parse(readFileSync(YRD_GRAPH_PATH, 'utf8')) as SerializedYrd;

export const yrdNodeCount = () => read().nodes.length;

/** The label of the best-connected node: selecting it highlights the largest neighbourhood. */
export function yrdSearchLabel(): string {
  const data = read();
  const degree = new Map<string, number>();
  for (const { source, target } of data.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const [hub] = [...data.nodes].sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0));
  if (!hub) throw new Error('the YRD graph has no nodes');
  return hub.attributes?.label ?? hub.key;
}
