// A GEXF file's edges handed over as they are parsed (RawGraph.unread), so that an import worker posts the first
// parts while it still reads the rest; for the rare file that needs every edge first, a StreamRestart.
import type { GraphType } from 'graphology-types';
import type { GexfBuilder } from './gexfBuilder';
import type { PendingEdge } from './graphCollector';
import type { RawGraph } from './importTypes';
import type { XmlReader } from './readXml';
import { StreamRestart } from './StreamRestart';

/** Why edge number `index` cannot be handed over before the whole file is read; null when it can. */
function holdBack(
  builder: GexfBuilder,
  edge: PendingEdge,
  index: number,
  undirected: boolean,
): string | null {
  if (!edge.id) return 'an edge without an id (its key depends on every other id)';
  if (edge.duplicate) return `a second edge with the id "${edge.id}"`;
  const { collector } = builder;
  if (!edge.source || !edge.target || !collector.hasNode(edge.source) || !collector.hasNode(edge.target))
    return `edge "${edge.id}" names a node that is not read yet, or none`;
  if (builder.isUndirected(index) !== undirected) return 'directed and undirected edges together';
  return null;
}

/** Edges read before the first one is handed over: enough to estimate how many the file holds. */
const EDGE_SAMPLE = 200;

/**
 * Up to that sample, the text is read in parts this short, so that the nodes go out as soon as the edges begin and
 * the page adds them while the edges are read. (The graph's size no longer depends on that: numeric node keys are
 * handled where the graph is built, see data/sparseNeighbourIndexes.ts.)
 */
const HEAD_PART_LENGTH = 64 * 1024;

/** An estimate, for progress only: the edges met per character since the first edge, over the rest of the text. */
function estimateEdges(edges: readonly PendingEdge[], reader: XmlReader): number {
  const first = edges[0]?.offset ?? 0;
  const perCharacter = edges.length / Math.max(1, reader.fed - first);
  return Math.max(edges.length, Math.round(perCharacter * (reader.length - first)));
}

/**
 * Reads up to the first edge (and a sample of edges after it); returns the graph with its nodes and its edges still
 * to read, or null (nothing to stream: no edges, or a problem the whole-file reading reports) with `reader` where it
 * stopped, to go on with.
 * The edges' type is the first edge's: edges of another direction, nodes after the edges, an edge without an id or
 * with a repeated one or to a node not read yet, values declared late or graph attributes read late all need the
 * whole file (the edges' keys, the graph's type or the nodes' attributes depend on them), and throw StreamRestart.
 */
export function streamGexfEdges(builder: GexfBuilder, reader: XmlReader): RawGraph | null {
  const { collector } = builder;
  // Up to the first edge, and on to a sample of them, to estimate how many there are.
  while (collector.edges.length < EDGE_SAMPLE && reader.next(HEAD_PART_LENGTH));
  if (collector.edges.length === 0 || collector.hasProblem) return null;
  const undirected = builder.isUndirected(0);
  const type: GraphType = undirected ? 'undirected' : 'directed';
  const nodeCount = collector.nodes.length;
  const attributes = builder.graphAttributes;
  const attributesRead = JSON.stringify(attributes);
  let taken = 0;
  return {
    type,
    attributes,
    nodes: collector.nodes,
    edges: [],
    checked: true,
    unread: {
      count: estimateEdges(collector.edges, reader),
      read(count) {
        while (builder.completeEdges - taken < count && reader.next());
        if (collector.hasProblem) throw new StreamRestart('a node or edge problem');
        // Every node went out first: an edge to a later one could not be added.
        if (collector.nodes.length !== nodeCount) throw new StreamRestart('nodes after the first edge');
        const end = Math.min(taken + count, builder.completeEdges);
        const part = collector.edges.slice(taken, end);
        for (let index = taken; index < end; index++) {
          const edge = collector.edges[index]!;
          const reason = holdBack(builder, edge, index, undirected);
          if (reason) throw new StreamRestart(reason);
          edge.key = edge.id!;
          edge.undirected = undirected;
        }
        taken = end;
        return part;
      },
      finish() {
        while (reader.next());
        if (builder.changesLate) throw new StreamRestart('values declared after the elements they belong to');
        // The whole-file checks, problems and warnings, as readGexf's.
        const finished = builder.finish();
        const kept = collector.finish();
        if (finished.type !== type) throw new StreamRestart('directed and undirected edges together');
        if (collector.nodes.length !== nodeCount) throw new StreamRestart('nodes after the first edge');
        if (kept.length !== taken) throw new StreamRestart('edges left out');
        if (JSON.stringify(attributes) !== attributesRead)
          throw new StreamRestart('graph attributes after the edges');
      },
    },
  };
}
