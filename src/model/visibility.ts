// Which nodes and edges pass the current filters (province scope, hidden kinds, hidden relations).
import type Graph from 'graphology';
import { egoNetwork } from './egoNetwork';
import { paragraphSupport } from './paragraphSupport';
import { filterByFacets, type FacetMode, type FacetSelection } from './facets';

export interface FilterSpec {
  /** Facet filters (the province filter is one of them). */
  facets: readonly FacetSelection[];
  facetMode: FacetMode;
  hiddenKinds: readonly string[];
  hiddenRelations: readonly string[];
  /** Evidence filter: only edges citing one of these paragraphs, and their ends (empty: no filter). */
  evidenceParagraphs?: readonly number[];
  /** Ego network: only nodes within `depth` hops (either direction) of `node`. */
  ego?: { node: string; depth: number } | null;
}

export interface Visibility {
  /** Visible node keys; null means every node. */
  nodes: Set<string> | null;
  nodeCount: number;
  edgeCount: number;
  isNodeVisible(node: string): boolean;
  isEdgeVisible(edge: string): boolean;
}

export function computeVisibility(graph: Graph, filters: FilterSpec): Visibility {
  const byFacets = filterByFacets(graph, filters.facets, filters.facetMode);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const byEvidence = filters.evidenceParagraphs?.length
    ? paragraphSupport(graph, filters.evidenceParagraphs)
    : null;
  const byEgo =
    filters.ego && graph.hasNode(filters.ego.node)
      ? egoNetwork(graph, filters.ego.node, filters.ego.depth)
      : null;
  let nodes: Set<string> | null = null;
  if (byFacets || byEvidence || byEgo || hiddenKinds.size > 0) {
    nodes = new Set();
    graph.forEachNode((node, attributes) => {
      if (byFacets && !byFacets.has(node)) return;
      if (byEvidence && !byEvidence.nodes.has(node)) return;
      if (byEgo && !byEgo.has(node)) return;
      if (hiddenKinds.has(attributes.kind)) return;
      nodes!.add(node);
    });
  }
  const isNodeVisible = (node: string) => nodes === null || nodes.has(node);
  if (nodes === null && hiddenRelations.size === 0 && !byEvidence) {
    // Nothing filters: every edge is visible, and there is no need to walk them.
    return { nodes, nodeCount: graph.order, edgeCount: graph.size, isNodeVisible, isEdgeVisible: () => true };
  }
  const hiddenEdges = new Set<string>();
  let edgeCount = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    if (
      hiddenRelations.has(attributes.relation) ||
      (byEvidence && !byEvidence.edges.has(edge)) ||
      !isNodeVisible(source) ||
      !isNodeVisible(target)
    ) {
      hiddenEdges.add(edge);
    } else edgeCount++;
  });
  return {
    nodes,
    nodeCount: nodes ? nodes.size : graph.order,
    edgeCount,
    isNodeVisible,
    isEdgeVisible: (edge) => !hiddenEdges.has(edge),
  };
}
