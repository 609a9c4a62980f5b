// Collects the nodes and edges an XML reader streams: limits, ids, duplicates, nesting and edge ends, checked like before.
import type { Attributes } from 'graphology-types';
import { nestingError, type Container, type ElementAt } from './checkNesting';
import type { GraphImportError } from './GraphImportError';
import { describeLine, makeFormatError, type ImportContext } from './importContext';
import { checkEdgeCount, checkNodeCount } from './importLimits';
import type { RawEdge, RawNode } from './importTypes';
import { makeKeyAllocator } from './makeKeyAllocator';
import { elementLocation } from './readXml';
import type { TextPosition } from './textPosition';

/** An edge as read; `finish` checks its ends and sets its key (its id, or an allocated one). */
export interface PendingEdge extends RawEdge {
  id: string | undefined;
  offset: number;
}

/**
 * Problems are recorded as they stream by and thrown by `finish`, in the order the DOM-based readers found them:
 * node problems first, then edge nesting and duplicate ids, then edge ends (nodes may come after their edges).
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
      if (this.edgeIds.has(id)) this.edgeProblem = this.located(element, `duplicate edge id "${id}"`);
      else this.edgeIds.add(id);
    }
  }

  private checkEnds(edge: PendingEdge, index: number) {
    const { source, target } = edge;
    if (source && target && this.nodeKeys.has(source) && this.nodeKeys.has(target)) return;
    const name = edge.id ? `edge "${edge.id}"` : `edge #${index + 1}`;
    const element: ElementAt = { name: 'edge', offset: edge.offset };
    if (edge.id) element.id = edge.id;
    for (const end of ['source', 'target'] as const) {
      const node = edge[end];
      if (!node) throw this.located(element, `${name} has no "${end}" attribute`)();
      if (!this.nodeKeys.has(node)) throw this.located(element, `${name} refers to unknown node "${node}"`)();
    }
  }

  /** Throws the first problem found, else returns the edges with their keys ("e0", "e1", … for those without ids). */
  finish(): RawEdge[] {
    if (this.nodeProblem) throw this.nodeProblem();
    if (this.edgeProblem) throw this.edgeProblem();
    const { edges } = this;
    let allocate: (() => string) | undefined;
    for (let index = 0; index < edges.length; index++) {
      const edge = edges[index]!;
      this.checkEnds(edge, index);
      edge.key = edge.id || (allocate ??= makeKeyAllocator(this.edgeIds))();
    }
    return edges;
  }
}
