// Checks and sanitises a GEXF DOM before graphology-gexf reads it: ids, edge ends, attribute declarations, limits.
import { checkNesting } from './checkNesting';
import { checkCounts } from './importLimits';
import { atLine, describeLine, makeFormatError, type ImportContext } from './importContext';
import { closestAncestor, collectElements, elementsByTagName, localName, removeElement } from './domHelpers';
import { elementLocation } from './xmlDocument';
import { makeKeyAllocator } from './makeKeyAllocator';
import { isForbiddenKey } from './safeAttributes';
import { plural } from './importWarnings';

type AttributeClass = 'node' | 'edge';
/** Original attribute id → the safe numeric id it was renamed to (null: dropped). */
type AttributeIds = Map<string, string | null>;

const EDGE_TYPES = new Set(['directed', 'undirected']);
const TAGS = ['graph', 'node', 'edge', 'meta', 'attributes', 'attvalue'] as const;
type GexfElements = Record<(typeof TAGS)[number], Element[]>;

function checkRoot(document: Document, elements: GexfElements, context: ImportContext): Element {
  const root = document.documentElement;
  if (localName(root) !== 'gexf') {
    throw makeFormatError(
      context,
      `expected a <gexf> root element, found <${root.tagName}>`,
      elementLocation(root),
    );
  }
  const graph = elements.graph[0];
  if (!graph) throw makeFormatError(context, 'the file has no <graph> element', elementLocation(root));
  return graph;
}

function prepareGraphElement(graph: Element, context: ImportContext) {
  const type = graph.getAttribute('defaultedgetype');
  if (type === 'mutual') graph.setAttribute('defaultedgetype', 'undirected');
  else if (type && !EDGE_TYPES.has(type)) {
    context.warnings.add(`GEXF: unknown defaultedgetype "${type}"; edges are read as undirected`);
    graph.removeAttribute('defaultedgetype');
  }
}

/** graphology-gexf reads meta children by tag name and trips on comments: keep only safe elements and text. */
function prepareMeta(metas: Element[], context: ImportContext) {
  for (const meta of metas) {
    for (const child of Array.from(meta.childNodes)) {
      if (child.nodeType === 3) continue;
      const unsafe = child.nodeType !== 1 || isForbiddenKey((child as Element).tagName.toLowerCase());
      if (unsafe) {
        if (child.nodeType === 1) {
          context.warnings.add(`GEXF: dropped the reserved meta field "${(child as Element).tagName}"`);
        }
        meta.removeChild(child);
      }
    }
  }
}

/**
 * Renames every attribute declaration to a numeric id (so graphology-gexf uses its title, and no id can hit
 * Object.prototype), merges repeated <attributes> blocks, and drops reserved names.
 */
function prepareDeclarations(
  allBlocks: Element[],
  context: ImportContext,
): Record<AttributeClass, AttributeIds> {
  const ids: Record<AttributeClass, AttributeIds> = { node: new Map(), edge: new Map() };
  let next = 0;
  for (const attributeClass of ['node', 'edge'] as const) {
    const blocks = allBlocks.filter((block) => block.getAttribute('class') === attributeClass);
    const last = blocks[blocks.length - 1];
    for (const block of blocks) checkNesting(block, ['attributes', 'node', 'edge'], [], context);
    for (const block of blocks) {
      for (const declaration of elementsByTagName(block, 'attribute')) {
        const id = declaration.getAttribute('id') || declaration.getAttribute('for');
        if (!id) {
          context.warnings.add(
            `GEXF: ignored an <attribute> declaration without an id${describeLine(elementLocation(declaration))}`,
          );
          removeElement(declaration);
          continue;
        }
        const name = Number.isNaN(Number(id)) ? id : declaration.getAttribute('title') || id;
        if (isForbiddenKey(name)) {
          context.warnings.add(`GEXF: dropped the ${attributeClass} attribute "${name}" (reserved name)`);
          ids[attributeClass].set(id, null);
          removeElement(declaration);
          continue;
        }
        const safeId = String(next++);
        ids[attributeClass].set(id, safeId);
        declaration.setAttribute('id', safeId);
        declaration.removeAttribute('for');
        declaration.setAttribute('title', name);
        if (last && block !== last) last.appendChild(declaration);
      }
    }
  }
  return ids;
}

function prepareValues(values: Element[], ids: Record<AttributeClass, AttributeIds>, context: ImportContext) {
  for (const value of values) {
    const owner = closestAncestor(value, ['node', 'edge']);
    const id = value.getAttribute('for') || value.getAttribute('id') || '';
    const safeId = owner ? ids[owner.tagName as AttributeClass].get(id) : undefined;
    if (!owner || safeId === null) {
      removeElement(value);
      continue;
    }
    if (safeId === undefined) {
      const where = atLine(elementLocation(value));
      context.warnings.count(
        `gexf-undeclared:${id}`,
        (count) =>
          `GEXF: ignored ${plural(count, 'value')} of the undeclared attribute "${id}"${where && ` (first${where})`}`,
      );
      removeElement(value);
      continue;
    }
    if (value.hasAttribute('id')) value.removeAttribute('id');
    if (value.getAttribute('for') !== safeId) value.setAttribute('for', safeId);
  }
}

function prepareNodes(nodes: Element[], context: ImportContext): Set<string> {
  const known = new Set<string>();
  for (const node of nodes) {
    checkNesting(node, ['node', 'edge'], ['node'], context);
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

function prepareEdges(edges: Element[], known: Set<string>, context: ImportContext) {
  const seen = new Set<string>();
  for (const edge of edges) {
    checkNesting(edge, ['node', 'edge'], [], context);
    const id = edge.getAttribute('id');
    if (!id) continue;
    const location = elementLocation(edge, id);
    if (seen.has(id))
      throw makeFormatError(context, `duplicate edge id "${id}"${describeLine(location)}`, location);
    seen.add(id);
  }
  const allocate = makeKeyAllocator(seen);
  edges.forEach((edge, index) => {
    const id = edge.getAttribute('id');
    const location = elementLocation(edge, id || undefined);
    const name = id ? `edge "${id}"` : `edge #${index + 1}`;
    for (const end of ['source', 'target'] as const) {
      const node = edge.getAttribute(end);
      if (!node) {
        throw makeFormatError(
          context,
          `${name} has no "${end}" attribute${describeLine(location)}`,
          location,
        );
      }
      if (!known.has(node)) {
        throw makeFormatError(
          context,
          `${name} refers to unknown node "${node}"${describeLine(location)}`,
          location,
        );
      }
    }
    if (!id) edge.setAttribute('id', allocate());
    const type = edge.getAttribute('type');
    if (type === 'mutual') edge.setAttribute('type', 'undirected');
    else if (type && !EDGE_TYPES.has(type)) {
      context.warnings.count(
        'gexf-edge-type',
        (count) =>
          `GEXF: ${plural(count, 'edge')} had an unknown type (e.g. "${type}") and use the graph's default type`,
      );
      edge.removeAttribute('type');
    }
  });
}

/** Validates the GEXF document and rewrites it in place so graphology-gexf can read it safely. */
export function prepareGexfDocument(document: Document, context: ImportContext): void {
  const elements = collectElements(document, TAGS);
  const graph = checkRoot(document, elements, context);
  checkCounts(elements.node.length, elements.edge.length, context.limits, context.format);
  prepareGraphElement(graph, context);
  prepareMeta(elements.meta, context);
  const ids = prepareDeclarations(elements.attributes, context);
  prepareValues(elements.attvalue, ids, context);
  const known = prepareNodes(elements.node, context);
  prepareEdges(elements.edge, known, context);
}
