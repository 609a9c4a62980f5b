// Gives every node of a serialized graph a position when any lacks one: a slightly noisy circle, by node order.
import type { SerializedGraph } from 'graphology-types';

/** The circle's radius, in graph coordinates (sigma rescales to the viewport). */
export const DEFAULT_SEED_RADIUS = 100;

const hasPosition = (attributes: Record<string, unknown> | undefined) =>
  Number.isFinite(attributes?.x) && Number.isFinite(attributes?.y);

/**
 * Returns false, and changes nothing, when every node has finite `x` and `y`. Otherwise places all nodes on a
 * circle (in place), so a layout can start from a deterministic, not perfectly symmetric state, and returns true.
 */
export function seedMissingPositions(serialized: Pick<SerializedGraph, 'nodes'>): boolean {
  const { nodes } = serialized;
  if (nodes.every((node) => hasPosition(node.attributes))) return false;
  const count = Math.max(1, nodes.length);
  nodes.forEach((node, i) => {
    const index = i + 1;
    const angle = (2 * Math.PI * i) / count;
    const radius = DEFAULT_SEED_RADIUS * (1 + 0.05 * Math.sin(index * 12.9898));
    node.attributes = { ...node.attributes, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  return true;
}
