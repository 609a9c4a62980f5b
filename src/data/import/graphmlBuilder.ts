// Builds a GraphML graph straight from the XML token stream: keys, graphs, nodes, edges, data and yEd graphics.
import type { Attributes, GraphType } from 'graphology-types';
import { nearestContainer, type ElementAt } from './checkNesting';
import { GraphCollector } from './graphCollector';
import { resolveAttributes, type DataOwner } from './graphmlAttributes';
import { GraphmlKeys, type Domain, type KeyElement } from './graphmlKeys';
import type { GraphImportError } from './GraphImportError';
import { describeLine, makeFormatError, type ImportContext } from './importContext';
import { plural } from './importWarnings';
import { elementLocation } from './readXml';
import { makeAttributeBag } from './safeAttributes';
import { TextCapture } from './textCapture';
import type { TextPosition } from './textPosition';
import type { XmlHandler, XmlTag } from './readXml';
import { YedGraphicsReader } from './yedGraphics';

/** What the end of an element does, by what its start was. */
const END = { none: 0, frame: 1, key: 2, default: 3, data: 4, yed: 5, label: 6 } as const;
/** Elements that own <data> (the nearest one is a data element's owner). */
const OWNERS = new Set(['node', 'edge', 'graph', 'hyperedge', 'port', 'endpoint']);
const CONTAINERS = ['node', 'edge', 'graph'];

interface Frame extends ElementAt {
  owner?: DataOwner;
  /** Graphs: whether their edges are directed by default. */
  directed?: boolean;
}

const makeOwner = (domain: Domain): DataOwner => ({ domain, attributes: makeAttributeBag(), data: [] });

export class GraphmlBuilder implements XmlHandler {
  readonly collector: GraphCollector;
  private readonly keys: GraphmlKeys;
  private readonly capture = new TextCapture();
  private readonly closers: number[] = [];
  private readonly frames: Frame[] = [];
  private readonly owners: DataOwner[] = [];
  private readonly firstUses = new Map<string, number>();
  private root?: ElementAt;
  private wrongRoot = false;
  private graph?: { depth: number; owner: DataOwner; id?: string; directed: boolean; leading: boolean };
  private graphProblem?: () => GraphImportError;
  private openKey?: KeyElement;
  private dataOwnerOpen?: DataOwner;
  private dataKey = '';
  private yed?: YedGraphicsReader;
  private yedOwner?: DataOwner;
  private yedSeen = false;
  private hyperedges = 0;

  constructor(
    private readonly context: ImportContext,
    private readonly locate: (offset: number) => TextPosition,
  ) {
    this.collector = new GraphCollector(context, locate);
    this.keys = new GraphmlKeys(context, locate);
  }

  get wantsText(): boolean {
    return this.capture.active;
  }

  text(value: string): void {
    this.capture.add(value);
  }

  startElement(tag: XmlTag, offset: number): void {
    const depth = this.closers.length;
    let closer: number = END.none;
    if (depth === 0) this.startRoot(tag, offset);
    else if (this.wrongRoot) closer = END.none;
    else if (this.yed)
      closer = this.yed.start(tag) === 'label' ? this.startCapture(depth, END.label) : END.none;
    else {
      if (this.graph?.leading && depth === this.graph.depth + 1 && tag.name.toLowerCase() !== 'data')
        this.graph.leading = false;
      if (OWNERS.has(tag.name)) closer = this.startFrame(tag, offset, depth);
      else if (tag.name === 'data') closer = this.startData(tag, offset, depth);
      else if (tag.name === 'key') closer = this.startKey(tag, offset);
      else if (tag.name === 'default' && this.openKey?.defaultText === undefined)
        closer = this.startCapture(depth, END.default);
    }
    this.closers.push(closer);
  }

  endElement(): void {
    switch (this.closers.pop()) {
      case END.frame:
        this.frames.pop();
        break;
      case END.key:
        if (this.openKey) this.keys.declare(this.openKey);
        this.openKey = undefined;
        break;
      case END.default:
        if (this.openKey) this.openKey.defaultText = this.capture.end();
        else this.capture.end();
        break;
      case END.data:
        this.dataOwnerOpen?.data.push(this.dataKey, this.capture.end());
        this.dataOwnerOpen = undefined;
        break;
      case END.yed:
        if (this.yed && this.yedOwner) this.yedOwner.yed = this.yed.graphics;
        this.yed = undefined;
        break;
      case END.label:
        this.yed?.label(this.capture.end());
        break;
    }
  }

  private startCapture(depth: number, closer: number): number {
    if (this.capture.active) return END.none;
    this.capture.start(depth);
    return closer;
  }

  private startRoot(tag: XmlTag, offset: number) {
    this.root = { name: tag.name, offset };
    this.wrongRoot = tag.name.replace(/^.*:/, '').toLowerCase() !== 'graphml';
  }

  private startFrame(tag: XmlTag, offset: number, depth: number): number {
    const frame: Frame = { name: tag.name, offset };
    const id = tag.attributes['id'];
    if (id) frame.id = id;
    if (tag.name === 'graph') this.startGraph(tag, frame, depth);
    else if (tag.name === 'node' || tag.name === 'edge') {
      const outer = nearestContainer(this.frames, CONTAINERS);
      const misplacedIn = outer && outer.name !== 'graph' ? outer : undefined;
      frame.owner = makeOwner(tag.name);
      if (tag.name === 'node') {
        if (this.collector.addNode(frame, frame.owner.attributes, misplacedIn)) this.owners.push(frame.owner);
      } else {
        const edge = {
          key: '',
          id: id || undefined,
          source: tag.attributes['source'] ?? '',
          target: tag.attributes['target'] ?? '',
          undirected: !this.isDirected(tag.attributes['directed']),
          attributes: frame.owner.attributes,
          offset,
        };
        this.collector.addEdge(frame, edge, misplacedIn);
        this.owners.push(frame.owner);
      }
    } else if (tag.name === 'hyperedge') this.hyperedges++;
    this.frames.push(frame);
    return END.frame;
  }

  private isDirected(flag: string | undefined): boolean {
    if (flag === 'true') return true;
    if (flag === 'false') return false;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i]!;
      if (frame.name === 'graph') return frame.directed === true;
    }
    return false;
  }

  private startGraph(tag: XmlTag, frame: Frame, depth: number) {
    const value = tag.attributes['edgedefault'];
    frame.directed = value === 'directed';
    if (value && value !== 'directed' && value !== 'undirected' && !this.graphProblem) {
      this.graphProblem = () => {
        const location = elementLocation(this.locate, frame.offset, 'graph');
        return makeFormatError(
          this.context,
          `<graph edgedefault="${value}"> must be "directed" or "undirected"${describeLine(location)}`,
          location,
        );
      };
    }
    if (this.graph) return;
    this.graph = { depth, owner: makeOwner('graph'), directed: frame.directed, leading: true };
    if (frame.id) this.graph.id = frame.id;
  }

  private startKey(tag: XmlTag, offset: number): number {
    this.openKey = {
      offset,
      id: tag.attributes['id'] ?? '',
      domain: tag.attributes['for'] || 'node',
      name: tag.attributes['attr.name'] ?? '',
      type: tag.attributes['attr.type'] ?? '',
      yfilesType: tag.attributes['yfiles.type'] ?? '',
    };
    return END.key;
  }

  /** The owner of a <data> here, if it is read: a node, an edge, or the first graph (leading data only). */
  private dataOwner(depth: number): DataOwner | undefined {
    const frame = this.frames[this.frames.length - 1];
    if (frame?.owner) return frame.owner;
    const { graph } = this;
    return graph?.leading && depth === graph.depth + 1 ? graph.owner : undefined;
  }

  private startData(tag: XmlTag, offset: number, depth: number): number {
    const key = tag.attributes['key'];
    const owner = this.dataOwner(depth);
    if (!key || !owner || this.capture.active) return END.none;
    const yfilesType = this.keys.yfilesType(key);
    if (yfilesType !== undefined) {
      const graphics =
        owner.domain === 'node' ? 'nodegraphics' : owner.domain === 'edge' ? 'edgegraphics' : '';
      if (yfilesType !== graphics) return END.none;
      this.yed = new YedGraphicsReader();
      this.yedOwner = owner;
      this.yedSeen = true;
      return END.yed;
    }
    if (!this.keys.isDeclared(key) && !this.firstUses.has(key)) this.firstUses.set(key, offset);
    this.dataOwnerOpen = owner;
    this.dataKey = key;
    return this.startCapture(depth, END.data);
  }

  private graphType(defaultDirected: boolean): GraphType {
    const { edges } = this.collector;
    const undirected = edges.reduce((count, edge) => count + (edge.undirected ? 1 : 0), 0);
    if (edges.length === 0) return defaultDirected ? 'directed' : 'undirected';
    if (undirected === 0) return 'directed';
    return undirected === edges.length ? 'undirected' : 'mixed';
  }

  /** Throws the first problem found, else resolves every element's attributes and returns the graph's. */
  finish(): { type: GraphType; attributes: Attributes } {
    const root = this.root ?? { name: 'graphml', offset: 0 };
    const rootLocation = () => elementLocation(this.locate, root.offset, root.name);
    if (this.wrongRoot) {
      throw makeFormatError(
        this.context,
        `expected a <graphml> root element, found <${root.name}>`,
        rootLocation(),
      );
    }
    const { graph } = this;
    if (!graph) throw makeFormatError(this.context, 'the file has no <graph> element', rootLocation());
    if (this.graphProblem) throw this.graphProblem();
    if (this.hyperedges > 0) {
      this.context.warnings.add(`GraphML: ignored ${plural(this.hyperedges, 'hyperedge')} (not supported)`);
    }
    const listed = { node: this.keys.listed('node'), edge: this.keys.listed('edge') };
    resolveAttributes(graph.owner, this.keys, this.keys.listed('graph'), this.firstUses);
    for (const owner of this.owners) {
      resolveAttributes(
        owner,
        this.keys,
        owner.domain === 'node' ? listed.node : listed.edge,
        this.firstUses,
      );
    }
    if (this.yedSeen) {
      this.context.warnings.add(
        'GraphML: read node positions, labels and colours, and edge labels, from yEd graphics; other yEd graphics were ignored',
      );
    }
    const attributes = makeAttributeBag();
    if (graph.id) attributes.id = graph.id;
    Object.assign(attributes, graph.owner.attributes);
    return { type: this.graphType(graph.directed), attributes };
  }
}
