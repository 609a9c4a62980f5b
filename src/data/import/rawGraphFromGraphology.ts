// Turns a graph built by graphology-gexf / graphology-graphml into the importer's RawGraph.
import type { AbstractGraph } from 'graphology-types';
import type { RawEdge, RawGraph, RawNode } from './importTypes';

export function rawGraphFromGraphology(graph: AbstractGraph): RawGraph {
  const nodes: RawNode[] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  const edges: RawEdge[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) =>
    edges.push({ key, source, target, undirected, attributes }),
  );
  return { type: graph.type, attributes: graph.getAttributes(), nodes, edges };
}
