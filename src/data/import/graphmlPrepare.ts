// Checks and sanitises a GraphML DOM before graphology-graphml reads it: keys, ids, edge ends and directions, limits.
import { checkNesting } from './checkNesting';
import { checkCounts } from './importLimits';
import { atLine, describeLine, makeFormatError, type ImportContext } from './importContext';
import { closestAncestor, collectElements, localName, removeElement } from './domHelpers';
import { elementLocation } from './xmlDocument';
import { makeKeyAllocator } from './makeKeyAllocator';
import { isForbiddenKey } from './safeAttributes';
import { plural } from './importWarnings';
import { readYedNodeGraphics, YED_FIELDS, type YedNodeGraphics } from './yedGraphics';

const DOMAINS = ['node', 'edge', 'graph'] as const;
const KNOWN_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);
const TAGS = ['graph', 'node', 'edge', 'key', 'data', 'hyperedge'] as const;
type GraphmlElements = Record<(typeof TAGS)[number], Element[]>;
const OWNERS = ['node', 'edge', 'graph', 'hyperedge', 'port', 'endpoint', 'graphml'];

export interface PreparedGraphml {
  /** Edge id → whether the file declares it directed (graphology-graphml is given everything as directed). */
  directed: Map<string, boolean>;
  /** The root graph's edgedefault, for graphs without edges. */
  defaultDirected: boolean;
  /** Non-string attr.types by domain and attribute name (graphology-graphml leaves <default> values as text). */
  types: Record<'node' | 'edge' | 'graph', Map<string, string>>;
}

interface KeyTable {
  /** Original key id → safe id (null: dropped). */
  ids: Map<string, string | null>;
  /** Key ids carrying yEd graphics, with their yfiles.type. */
  yfiles: Map<string, string>;
  types: PreparedGraphml['types'];
  next: number;
}

function checkRoot(document: Document, elements: GraphmlElements, context: ImportContext): Element {
  const root = document.documentElement;
  if (localName(root) !== 'graphml') {
    throw makeFormatError(
      context,
      `expected a <graphml> root element, found <${root.tagName}>`,
      elementLocation(root),
    );
  }
  const graph = elements.graph[0];
  if (!graph) throw makeFormatError(context, 'the file has no <graph> element', elementLocation(root));
  return graph;
}

function isDirectedDefault(graph: Element, context: ImportContext): boolean {
  const value = graph.getAttribute('edgedefault');
  if (value && value !== 'directed' && value !== 'undirected') {
    const location = elementLocation(graph);
    throw makeFormatError(
      context,
      `<graph edgedefault="${value}"> must be "directed" or "undirected"${describeLine(location)}`,
      location,
    );
  }
  return value === 'directed';
}

function declareKey(
  document: Document,
  root: Element,
  id: string,
  domain: string,
  name: string,
  type: string,
) {
  const key = document.createElement('key');
  key.setAttribute('id', id);
  key.setAttribute('for', domain);
  key.setAttribute('attr.name', name);
  key.setAttribute('attr.type', type);
  root.insertBefore(key, root.firstChild);
}

/** Renames key ids to k0, k1, … (no id can hit Object.prototype), expands for="all", drops reserved names. */
function prepareKeys(keys: Element[], context: ImportContext): KeyTable {
  const table: KeyTable = {
    ids: new Map(),
    yfiles: new Map(),
    types: { node: new Map(), edge: new Map(), graph: new Map() },
    next: 0,
  };
  for (const key of keys) {
    const id = key.getAttribute('id');
    const domain = key.getAttribute('for') || 'node';
    const yfilesType = key.getAttribute('yfiles.type');
    if (!id) {
      context.warnings.add(`GraphML: ignored a <key> without an id${describeLine(elementLocation(key))}`);
      removeElement(key);
      continue;
    }
    if (yfilesType) {
      table.yfiles.set(id, yfilesType);
      removeElement(key);
      continue;
    }
    const name = key.getAttribute('attr.name') || id;
    if (isForbiddenKey(name) || (domain !== 'all' && !(DOMAINS as readonly string[]).includes(domain))) {
      if (isForbiddenKey(name))
        context.warnings.add(`GraphML: dropped the attribute "${name}" (reserved name)`);
      if (!table.ids.has(id)) table.ids.set(id, null);
      removeElement(key);
      continue;
    }
    let safeId = table.ids.get(id);
    if (!safeId) {
      safeId = `k${table.next++}`;
      table.ids.set(id, safeId);
    }
    const declared = (key.getAttribute('attr.type') || 'string').toLowerCase();
    const type = KNOWN_TYPES.has(declared) ? declared : 'string';
    key.setAttribute('id', safeId);
    key.setAttribute('attr.name', name);
    key.setAttribute('attr.type', type);
    for (const typed of domain === 'all' ? DOMAINS : [domain as (typeof DOMAINS)[number]]) {
      if (type !== 'string') table.types[typed].set(name, type);
    }
    if (domain === 'all') {
      key.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', other);
        key.parentNode?.insertBefore(copy, key.nextSibling);
      }
    }
  }
  return table;
}

function prepareData(
  document: Document,
  datas: Element[],
  firstGraph: Element,
  table: KeyTable,
  context: ImportContext,
) {
  const yed = new Map<Element, YedNodeGraphics>();
  const root = document.documentElement;
  for (const data of datas) {
    const owner = closestAncestor(data, OWNERS);
    const key = data.getAttribute('key');
    const ownerName = owner?.tagName;
    const supported =
      ownerName === 'node' || ownerName === 'edge' || (ownerName === 'graph' && owner === firstGraph);
    if (!owner || !supported || !key) {
      removeElement(data);
      continue;
    }
    const yfilesType = table.yfiles.get(key);
    if (yfilesType !== undefined) {
      if (yfilesType === 'nodegraphics' && ownerName === 'node') yed.set(owner, readYedNodeGraphics(data));
      removeElement(data);
      continue;
    }
    let safeId = table.ids.get(key);
    if (safeId === undefined) {
      if (isForbiddenKey(key)) {
        context.warnings.add(`GraphML: dropped the attribute "${key}" (reserved name)`);
        table.ids.set(key, null);
        removeElement(data);
        continue;
      }
      safeId = `k${table.next++}`;
      table.ids.set(key, safeId);
      for (const domain of DOMAINS) declareKey(document, root, safeId, domain, key, 'string');
      const where = atLine(elementLocation(data));
      context.warnings.add(
        `GraphML: <data key="${key}"> has no <key> declaration; its values are read as text${where && ` (first${where})`}`,
      );
    }
    if (safeId === null) removeElement(data);
    else data.setAttribute('key', safeId);
  }
  if (yed.size > 0) addYedData(document, root, yed, context);
}

function addYedData(
  document: Document,
  root: Element,
  yed: Map<Element, YedNodeGraphics>,
  context: ImportContext,
) {
  for (const [field, type] of YED_FIELDS) declareKey(document, root, `yed-${field}`, 'node', field, type);
  for (const [node, graphics] of yed) {
    for (const [field] of YED_FIELDS) {
      const value = graphics[field];
      if (value === undefined) continue;
      const data = document.createElement('data');
      data.setAttribute('key', `yed-${field}`);
      data.appendChild(document.createTextNode(value));
      node.insertBefore(data, node.firstChild);
    }
  }
  context.warnings.add(
    'GraphML: read node positions, labels and colours from yEd graphics; other yEd graphics were ignored',
  );
}

function prepareNodes(nodes: Element[], context: ImportContext): Set<string> {
  const known = new Set<string>();
  for (const node of nodes) {
    checkNesting(node, ['node', 'edge', 'graph'], ['graph'], context);
    const id = node.getAttribute('id');
    const location = elementLocation(node, id || undefined);
    if (!id)
      throw makeFormatError(
        context,
        `a <node> element has no "id" attribute${describeLine(location)}`,
        location,
      );
    if (known.has(id))
      throw makeFormatError(context, `duplicate node id "${id}"${describeLine(location)}`, location);
    known.add(id);
  }
  return known;
}

function prepareEdges(edges: Element[], known: Set<string>, context: ImportContext): Map<string, boolean> {
  const seen = new Set<string>();
  for (const edge of edges) {
    checkNesting(edge, ['node', 'edge', 'graph'], ['graph'], context);
    const id = edge.getAttribute('id');
    if (!id) continue;
    const location = elementLocation(edge, id);
    if (seen.has(id))
      throw makeFormatError(context, `duplicate edge id "${id}"${describeLine(location)}`, location);
    seen.add(id);
  }
  const allocate = makeKeyAllocator(seen);
  const directed = new Map<string, boolean>();
  edges.forEach((edge, index) => {
    const id = edge.getAttribute('id');
    const location = elementLocation(edge, id || undefined);
    const name = id ? `edge "${id}"` : `edge #${index + 1}`;
    for (const end of ['source', 'target'] as const) {
      const node = edge.getAttribute(end);
      if (!node)
        throw makeFormatError(
          context,
          `${name} has no "${end}" attribute${describeLine(location)}`,
          location,
        );
      if (!known.has(node)) {
        throw makeFormatError(
          context,
          `${name} refers to unknown node "${node}"${describeLine(location)}`,
          location,
        );
      }
    }
    const key = id || allocate();
    if (!id) edge.setAttribute('id', key);
    const flag = edge.getAttribute('directed');
    const graph = closestAncestor(edge, ['graph']);
    directed.set(
      key,
      flag === 'true' ? true : flag === 'false' ? false : graph?.getAttribute('edgedefault') === 'directed',
    );
    if (edge.hasAttribute('directed')) edge.removeAttribute('directed');
  });
  return directed;
}

/** Validates the GraphML document and rewrites it in place so graphology-graphml can read it safely. */
export function prepareGraphmlDocument(document: Document, context: ImportContext): PreparedGraphml {
  const elements = collectElements(document, TAGS);
  const firstGraph = checkRoot(document, elements, context);
  const { graph: graphs, node: nodes, edge: edges, hyperedge: hyperedges } = elements;
  checkCounts(nodes.length, edges.length, context.limits, context.format);
  const defaultDirected = isDirectedDefault(firstGraph, context);
  for (const graph of graphs) isDirectedDefault(graph, context);
  if (hyperedges.length > 0) {
    context.warnings.add(`GraphML: ignored ${plural(hyperedges.length, 'hyperedge')} (not supported)`);
    hyperedges.forEach(removeElement);
  }
  const table = prepareKeys(elements.key, context);
  prepareData(document, elements.data, firstGraph, table, context);
  const known = prepareNodes(nodes, context);
  const directed = prepareEdges(edges, known, context);
  // Everything is handed over as directed, so graphology-graphml never copies the graph to "upgrade" it.
  for (const graph of graphs) {
    if (graph.getAttribute('edgedefault') !== 'directed') graph.setAttribute('edgedefault', 'directed');
  }
  return { directed, defaultDirected, types: table.types };
}
