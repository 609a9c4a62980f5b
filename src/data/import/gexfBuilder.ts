// Builds a GEXF graph straight from the XML token stream: declarations, nodes, edges, attvalues, viz and meta.
import type { Attributes, GraphType } from 'graphology-types';
import { nearestContainer, nestingError, type Container, type ElementAt } from './checkNesting';
import { GexfDeclarations, type DeclarationElement, type GexfClass } from './gexfDeclarations';
import { applyDirections, defaultsToUndirected, edgeDirection, undirectedBy } from './gexfEdgeTypes';
import { GexfMeta } from './gexfMeta';
import { VizCapture, vizFieldOf } from './gexfViz';
import { GraphCollector, type PendingEdge } from './graphCollector';
import type { GraphImportError } from './GraphImportError';
import { makeFormatError, type ImportContext } from './importContext';
import { elementLocation } from './readXml';
import { makeAttributeBag } from './safeAttributes';
import { TextCapture } from './textCapture';
import type { TextPosition } from './textPosition';
import type { XmlHandler, XmlTag } from './readXml';

/** What the end of an element does, by what its start was. */
const END = { none: 0, owner: 1, block: 2, declaration: 3, default: 4, meta: 5, metaField: 6 } as const;

interface Owner {
  attributeClass: GexfClass;
  attributes: Record<string, unknown>;
  viz?: VizCapture;
}

export class GexfBuilder implements XmlHandler {
  readonly collector: GraphCollector;
  readonly graphAttributes = makeAttributeBag();
  private readonly declarations: GexfDeclarations;
  private readonly capture = new TextCapture();
  private readonly closers: number[] = [];
  private readonly containers: Container[] = [];
  private readonly owners: Owner[] = [];
  private readonly blockClasses: (GexfClass | undefined)[] = [];
  private readonly openDeclarations: DeclarationElement[] = [];
  private readonly directions: number[] = [];
  private readonly vizPrefixes = new Set(['viz']);
  private root?: ElementAt;
  private wrongRoot = false;
  private graphSeen = false;
  private defaultUndirected = true;
  private edgesClosed = 0;
  private readonly meta: GexfMeta;
  private declarationProblem?: () => GraphImportError;

  constructor(
    private readonly context: ImportContext,
    private readonly locate: (offset: number) => TextPosition,
  ) {
    this.collector = new GraphCollector(context, locate);
    this.declarations = new GexfDeclarations(context, locate);
    this.meta = new GexfMeta(context, this.graphAttributes);
  }

  /** How many edges are complete (their end tag read): the first that many of `collector.edges`. */
  get completeEdges(): number {
    return this.edgesClosed;
  }

  /** Whether finishing will change elements read already (see GexfDeclarations.changesLate). */
  get changesLate(): boolean {
    return this.declarations.changesLate;
  }

  /** Whether edge number `index` is undirected, by its type and the graph's default as known so far. */
  isUndirected(index: number): boolean {
    return undirectedBy(this.directions[index], this.defaultUndirected);
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
    else if (this.meta.isField(depth)) {
      if (this.meta.startField(tag) && !this.capture.active) {
        this.capture.start(depth);
        closer = END.metaField;
      }
    } else {
      switch (tag.name) {
        case 'node':
        case 'edge':
          closer = this.startOwner(tag, offset);
          break;
        case 'attvalue':
          this.readValue(tag, offset);
          break;
        case 'attvalues':
          break;
        case 'attributes':
          closer = this.startBlock(tag, offset);
          break;
        case 'attribute':
          closer = this.startDeclaration(tag, offset);
          break;
        case 'default':
          closer = this.startDefault(depth);
          break;
        case 'graph':
          this.startGraph(tag);
          break;
        case 'meta':
          this.meta.start(tag, depth);
          closer = END.meta;
          break;
        default:
          this.readViz(tag);
      }
    }
    this.closers.push(closer);
  }

  endElement(): void {
    const closer = this.closers.pop();
    switch (closer) {
      case END.owner:
        this.endOwner();
        break;
      case END.block:
        this.containers.pop();
        this.blockClasses.pop();
        break;
      case END.declaration:
        this.endDeclaration();
        break;
      case END.default: {
        const declaration = this.openDeclarations[this.openDeclarations.length - 1];
        const text = this.capture.end();
        if (declaration && declaration.defaultText === undefined) declaration.defaultText = text;
        break;
      }
      case END.meta:
        this.meta.end();
        break;
      case END.metaField:
        this.meta.endField(this.capture.end());
        break;
    }
  }

  private startRoot(tag: XmlTag, offset: number) {
    this.root = { name: tag.name, offset };
    if (tag.name.replace(/^.*:/, '').toLowerCase() !== 'gexf') {
      this.wrongRoot = true;
      return;
    }
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name.startsWith('xmlns:') && /viz\/?$/i.test(value)) this.vizPrefixes.add(name.slice(6));
    }
  }

  private startGraph(tag: XmlTag) {
    if (this.graphSeen) return;
    this.graphSeen = true;
    this.defaultUndirected = defaultsToUndirected(tag.attributes['defaultedgetype'], this.context);
  }

  private startOwner(tag: XmlTag, offset: number): number {
    const attributeClass = tag.name === 'node' ? 'node' : 'edge';
    const element: ElementAt = { name: attributeClass, offset };
    const id = tag.attributes['id'];
    if (id) element.id = id;
    const attributes = makeAttributeBag();
    const label = tag.attributes['label'];
    const weight = tag.attributes['weight'];
    const kind = tag.attributes['kind'];
    if (label) attributes.label = label;
    if (weight) attributes.weight = Number(weight);
    if (kind) attributes.kind = kind;
    const outer = nearestContainer(this.containers, ['node', 'edge']);
    if (attributeClass === 'node') {
      this.collector.addNode(element, attributes, outer?.name === 'edge' ? outer : undefined);
    } else {
      const edge: PendingEdge = {
        key: '',
        id: id || undefined,
        source: tag.attributes['source'] ?? '',
        target: tag.attributes['target'] ?? '',
        undirected: false,
        attributes,
        offset,
      };
      this.collector.addEdge(element, edge, outer);
      this.directions.push(edgeDirection(tag.attributes['type'], this.context));
    }
    this.owners.push({ attributeClass, attributes });
    this.containers.push(element);
    return END.owner;
  }

  private endOwner() {
    const owner = this.owners.pop();
    this.containers.pop();
    if (!owner) return;
    if (owner.attributeClass === 'edge') this.edgesClosed++;
    this.declarations.applyDefaults(owner.attributeClass, owner.attributes);
    owner.viz?.applyTo(owner.attributes);
  }

  private readValue(tag: XmlTag, offset: number) {
    const owner = this.owners[this.owners.length - 1];
    if (!owner) return;
    const id = tag.attributes['for'] || tag.attributes['id'] || '';
    this.declarations.setValue(
      owner.attributeClass,
      owner.attributes,
      id,
      tag.attributes['value'] ?? '',
      offset,
    );
  }

  private readViz(tag: XmlTag) {
    const owner = this.owners[this.owners.length - 1];
    if (!owner) return;
    const field = vizFieldOf(tag.name, this.vizPrefixes);
    if (field) (owner.viz ??= new VizCapture()).record(field.index, field.prefixed, tag);
  }

  private startBlock(tag: XmlTag, offset: number): number {
    const value = tag.attributes['class'];
    const attributeClass = value === 'node' || value === 'edge' ? value : undefined;
    const element: ElementAt = { name: 'attributes', offset };
    const id = tag.attributes['id'];
    if (id) element.id = id;
    const outer = nearestContainer(this.containers, ['attributes', 'node', 'edge']);
    if (attributeClass && outer && !this.declarationProblem) {
      this.declarationProblem = () => nestingError(this.context, this.locate, element, outer);
    }
    this.containers.push(element);
    this.blockClasses.push(attributeClass);
    return END.block;
  }

  private startDeclaration(tag: XmlTag, offset: number): number {
    let attributeClass: GexfClass | undefined;
    for (let i = this.blockClasses.length - 1; i >= 0 && !attributeClass; i--)
      attributeClass = this.blockClasses[i];
    if (!attributeClass) return END.none;
    this.openDeclarations.push({
      attributeClass,
      offset,
      id: tag.attributes['id'] || tag.attributes['for'] || '',
      title: tag.attributes['title'] ?? '',
      type: tag.attributes['type'] ?? '',
    });
    return END.declaration;
  }

  private startDefault(depth: number): number {
    const declaration = this.openDeclarations[this.openDeclarations.length - 1];
    if (!declaration || declaration.defaultText !== undefined || this.capture.active) return END.none;
    this.capture.start(depth);
    return END.default;
  }

  private endDeclaration() {
    const declaration = this.openDeclarations.pop();
    const started = this.collector.nodes.length + this.collector.edges.length > 0;
    if (declaration && this.declarations.declare(declaration) && started)
      this.declarations.lateDefaults = true;
  }

  /** Values met before their declaration, and defaults declared after some elements: resolved now. */
  private resolveLateDeclarations() {
    this.declarations.resolveDeferred();
    if (!this.declarations.lateDefaults) return;
    for (const node of this.collector.nodes) this.declarations.applyDefaults('node', node.attributes);
    for (const edge of this.collector.edges) this.declarations.applyDefaults('edge', edge.attributes);
  }

  /** Throws the first problem found, else returns what graphology-gexf's graph held: type, attributes, edges. */
  finish(): { type: GraphType; attributes: Attributes } {
    const root = this.root ?? { name: 'gexf', offset: 0 };
    const rootLocation = () => elementLocation(this.locate, root.offset, root.name);
    if (this.wrongRoot) {
      throw makeFormatError(
        this.context,
        `expected a <gexf> root element, found <${root.name}>`,
        rootLocation(),
      );
    }
    if (!this.graphSeen)
      throw makeFormatError(this.context, 'the file has no <graph> element', rootLocation());
    if (this.declarationProblem) throw this.declarationProblem();
    this.resolveLateDeclarations();
    const type = applyDirections(this.collector.edges, this.directions, this.defaultUndirected);
    return { type, attributes: this.graphAttributes };
  }
}
