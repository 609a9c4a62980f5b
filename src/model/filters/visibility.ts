// Which nodes and edges pass the filters: every entry compiled once, then one pass over the nodes and one over the edges.
import type Graph from 'graphology';
import { FILTER_PREDICATES, type FilterPredicate, type FilterTests } from './predicates';
import type { FilterContext, FilterEntry, FilterType } from './types';

export interface Visibility {
  /** Visible node keys; null means every node. */
  nodes: Set<string> | null;
  nodeCount: number;
  edgeCount: number;
  isNodeVisible(node: string): boolean;
  isEdgeVisible(edge: string): boolean;
}

const NO_CONTEXT: FilterContext = { selectedNode: null };

function compile(graph: Graph, filter: FilterEntry, context: FilterContext): FilterTests | null {
  const predicate = FILTER_PREDICATES[filter.type] as FilterPredicate<FilterType>;
  return predicate(graph, filter, context);
}

/** The visible part of the graph: a node passes every node test; an edge passes every edge test, and so do its ends. */
export function computeVisibility(
  graph: Graph,
  filters: readonly FilterEntry[],
  context: FilterContext = NO_CONTEXT,
): Visibility {
  const compiled = filters.flatMap((filter) => compile(graph, filter, context) ?? []);
  const nodeTests = compiled.flatMap((tests) => tests.node ?? []);
  const edgeTests = compiled.flatMap((tests) => tests.edge ?? []);
  let nodes: Set<string> | null = null;
  if (nodeTests.length > 0) {
    nodes = new Set();
    graph.forEachNode((node, attributes) => {
      if (nodeTests.every((test) => test(node, attributes))) nodes!.add(node);
    });
  }
  const isNodeVisible = (node: string) => nodes === null || nodes.has(node);
  if (nodes === null && edgeTests.length === 0) {
    // Nothing filters: every edge is visible, and there is no need to walk them.
    return { nodes, nodeCount: graph.order, edgeCount: graph.size, isNodeVisible, isEdgeVisible: () => true };
  }
  const hiddenEdges = new Set<string>();
  let edgeCount = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    if (isNodeVisible(source) && isNodeVisible(target) && edgeTests.every((test) => test(edge, attributes)))
      edgeCount++;
    else hiddenEdges.add(edge);
  });
  return {
    nodes,
    nodeCount: nodes ? nodes.size : graph.order,
    edgeCount,
    isNodeVisible,
    isEdgeVisible: (edge) => !hiddenEdges.has(edge),
  };
}
