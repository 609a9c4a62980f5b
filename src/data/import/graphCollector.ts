// Collects the nodes and edges an XML reader streams: limits, ids, nesting, duplicate edge ids and edge ends.
import type { Attributes } from 'graphology-types';
import { nestingError, type Container, type ElementAt } from './checkNesting';
import type { GraphImportError } from './GraphImportError';
import { describeLine, makeFormatError, type ImportContext } from './importContext';
import { DuplicateEdgeIds, EdgeEndResolver } from './edgeEnds';
import { checkEdgeCount, checkNodeCount } from './importLimits';
import type { RawEdge, RawNode } from './importTypes';
import { makeKeyAllocator } from './makeKeyAllocator';
import { elementLocation } from './readXml';
import type { TextPosition } from './textPosition';

/** An edge as read; `finish` checks its ends and sets its key (its id, or an allocated one). */
export interface PendingEdge extends RawEdge {
  id: string | undefined;
  offset: number;
  /** True when an earlier edge has the same id: it gets a new key. */
  duplicate?: boolean;
}

/**
 * Problems are recorded as they stream by and thrown by `finish`: node problems first, then edge nesting, then edges
 * without a source or target. Edges to unknown nodes (nodes may come after their edges) and duplicate edge ids are
 * tolerated, with a warning, as Gephi does.
 */
export class GraphCollector {
  readonly nodes: RawNode[] = [];
  readonly edges: PendingEdge[] = [];
  private readonly nodeKeys = new Set<string>();
  private readonly edgeIds = new Set<string>();
  private nodeElements = 0;
  private edgeElements = 0;
  private nodeProblem?: () => GraphImportError;
  private edgeProblem?: () => GraphImportError;

  constructor(
    private readonly context: ImportContext,
    private readonly locate: (offset: number) => TextPosition,
  ) {}

  private located(element: ElementAt, message: string): () => GraphImportError {
    return () => {
      const location = elementLocation(this.locate, element.offset, element.name, element.id);
      return makeFormatError(this.context, `${message}${describeLine(location)}`, location);
    };
  }

  /** A <node>; `misplacedIn` is the container it may not be in, if it is. Returns whether it was kept. */
  addNode(element: ElementAt, attributes: Attributes, misplacedIn: Container | undefined): boolean {
    if (++this.nodeElements > this.context.limits.maxNodes) {
      checkNodeCount(this.nodeElements, this.context.limits, this.context.format);
    }
    if (this.nodeProblem) return false;
    const { id } = element;
    if (misplacedIn) {
      this.nodeProblem = () => nestingError(this.context, this.locate, element, misplacedIn);
    } else if (!id) {
      this.nodeProblem = this.located(element, 'a <node> element has no "id" attribute');
    } else if (this.nodeKeys.has(id)) {
      this.nodeProblem = this.located(element, `duplicate node id "${id}"`);
    } else {
      this.nodeKeys.add(id);
      this.nodes.push({ key: id, attributes });
      return true;
    }
    return false;
  }

  /** An <edge> (its ends are checked by `finish`); `misplacedIn` as for nodes. */
  addEdge(element: ElementAt, edge: PendingEdge, misplacedIn: Container | undefined): void {
    if (++this.edgeElements > this.context.limits.maxEdges) {
      checkEdgeCount(this.edgeElements, this.context.limits, this.context.format);
    }
    this.edges.push(edge);
    if (this.edgeProblem) return;
    const { id } = element;
    if (misplacedIn) {
      this.edgeProblem = () => nestingError(this.context, this.locate, element, misplacedIn);
    } else if (id) {
      if (this.edgeIds.has(id)) edge.duplicate = true;
      else this.edgeIds.add(id);
    }
  }

  /** Whether a node or edge problem was met (`finish` will throw it). */
  get hasProblem(): boolean {
    return Boolean(this.nodeProblem ?? this.edgeProblem);
  }

  hasNode(key: string): boolean {
    return this.nodeKeys.has(key);
  }

  private edgeName(edge: PendingEdge, index: number): string {
    return edge.id ? `edge "${edge.id}"` : `edge #${index + 1}`;
  }

  /** Throws when the edge has no source or no target. */
  private checkEndAttributes(edge: PendingEdge, index: number) {
    for (const end of ['source', 'target'] as const) {
      if (edge[end]) continue;
      const element: ElementAt = { name: 'edge', offset: edge.offset };
      if (edge.id) element.id = edge.id;
      throw this.located(element, `${this.edgeName(edge, index)} has no "${end}" attribute`)();
    }
  }

  /**
   * Throws the first problem found, else returns the edges with their keys: their ids ("e0", "e1", … for those
   * without; "x_2" for a second "x"), without the edges to unknown nodes unless the import creates those nodes.
   */
  finish(): RawEdge[] {
    if (this.nodeProblem) throw this.nodeProblem();
    if (this.edgeProblem) throw this.edgeProblem();
    const { edges, context } = this;
    const lineAt = (edge: PendingEdge) => this.locate(edge.offset).line;
    const duplicates = new DuplicateEdgeIds(context, this.edgeIds);
    const ends = new EdgeEndResolver(context, (key) => this.nodeKeys.has(key));
    let allocate: (() => string) | undefined;
    const kept: RawEdge[] = [];
    for (let index = 0; index < edges.length; index++) {
      const edge = edges[index]!;
      this.checkEndAttributes(edge, index);
      if (edge.duplicate) edge.key = duplicates.renumber(edge.id!, () => lineAt(edge));
      else edge.key = edge.id || (allocate ??= makeKeyAllocator(this.edgeIds))();
      const where = () => ({ edge: edge.id ?? `#${index + 1}`, line: lineAt(edge) });
      if (ends.keep(edge.source, edge.target, where)) kept.push(edge);
    }
    duplicates.finish();
    ends.finish(this.nodes);
    return kept;
  }
}
