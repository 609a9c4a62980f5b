// Generates a synthetic graph deterministically: clustered edges, positions around cluster centres, attributes.
import { DirectedGraph } from 'graphology';
import clusters from 'graphology-generators/random/clusters';
import { makeSeededRandom as mulberry32 } from '../../src/model/metrics/seededRandom';
import type { SyntheticSpec } from './specs';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7'];

export function generateSyntheticGraph(spec: SyntheticSpec): DirectedGraph {
  const rng = mulberry32(spec.seed);
  const clusterCount = Math.max(4, Math.round(Math.sqrt(spec.order) / 5));
  const graph = clusters(DirectedGraph, {
    order: spec.order,
    size: spec.size,
    clusters: clusterCount,
    clusterDensity: 0.8,
    rng,
  });
  // Box–Muller: a normal deviate from two uniform ones.
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const spread = Math.sqrt(spec.order);
  graph.updateEachNodeAttributes((node, attributes) => {
    const cluster = Number(attributes.cluster);
    const angle = (2 * Math.PI * cluster) / clusterCount;
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      label: `Node ${node}`,
      x: round(Math.cos(angle) * spread * 4 + gaussian() * spread),
      y: round(Math.sin(angle) * spread * 4 + gaussian() * spread),
      size: round(2 + Math.sqrt(graph.degree(node))),
      color: PALETTE[cluster % PALETTE.length]!,
      community: `c${cluster}`,
      weight: round(rng() * 100),
    };
  });
  return graph;
}
