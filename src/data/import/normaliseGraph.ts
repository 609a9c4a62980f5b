// Makes a RawGraph safe for sigma and the app: labels, finite positions, valid sizes/colours, no "type" or reserved keys.
import type {
  Attributes,
  GraphType,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
} from 'graphology-types';
import { isCssColor } from './cssColor';
import { makeFormatError, type ImportContext } from './importContext';
import { checkCounts } from './importLimits';
import type { RawGraph, ImportStats } from './importTypes';
import { plural } from './importWarnings';
import { normaliseValue, toFiniteNumber } from './normaliseValue';
import { isForbiddenKey, makeAttributeBag, safeEntries, toPlainObject } from './safeAttributes';

type ElementKind = 'node' | 'edge' | 'graph';

export interface NormalisedGraph {
  serialized: SerializedGraph;
  hasPositions: boolean;
  stats: ImportStats;
}

/** Where sigma's reserved `type` attribute goes, per element kind. */
const TYPE_DESTINATION: Record<ElementKind, string | undefined> = {
  node: 'kind',
  edge: 'relation',
  graph: undefined,
};

function copyAttributes(
  source: Attributes,
  element: ElementKind,
  context: ImportContext,
): Record<string, unknown> {
  const bag = makeAttributeBag();
  for (const key of Object.keys(source)) {
    if (isForbiddenKey(key)) {
      context.warnings.count(
        `forbidden:${element}:${key}`,
        (count) => `Dropped the attribute "${key}" from ${plural(count, element)} (reserved name)`,
      );
    }
  }
  for (const [key, value] of safeEntries(source)) {
    const verdict = normaliseValue(value);
    if (verdict.keep) bag[key] = verdict.value;
    else if (verdict.reason) {
      const reason = verdict.reason;
      context.warnings.count(
        `value:${element}:${key}:${reason}`,
        (count) => `Dropped the attribute "${key}" from ${plural(count, element)} (${reason})`,
      );
    }
  }
  const destination = TYPE_DESTINATION[element];
  if (destination && 'type' in bag) {
    let target = destination;
    if (target in bag) for (target = 'type_'; target in bag; target += '_');
    bag[target] = bag.type;
    delete bag.type;
    context.warnings.count(
      `type:${element}:${target}`,
      (count) =>
        `Renamed the ${element} attribute "type" to "${target}" on ${plural(count, element)} (sigma reserves "type" for its renderers)`,
    );
  }
  return bag;
}

function fixNumber(
  bag: Record<string, unknown>,
  key: string,
  element: ElementKind,
  context: ImportContext,
  min = -Infinity,
) {
  if (!(key in bag)) return;
  const number = toFiniteNumber(bag[key]);
  if (number !== undefined && number >= min) {
    bag[key] = number;
    return;
  }
  delete bag[key];
  context.warnings.count(
    `number:${element}:${key}`,
    (count) =>
      `Ignored an invalid "${key}" on ${plural(count, element)} (not a ${min === 0 ? 'non-negative ' : ''}finite number)`,
  );
}

function fixColor(bag: Record<string, unknown>, element: ElementKind, context: ImportContext) {
  if (!('color' in bag)) return;
  const color = typeof bag.color === 'string' ? bag.color.trim() : '';
  if (isCssColor(color)) {
    bag.color = color;
    return;
  }
  delete bag.color;
  context.warnings.count(
    `color:${element}`,
    (count) => `Ignored an invalid "color" on ${plural(count, element)} (not a CSS colour)`,
  );
}

function fixLabel(bag: Record<string, unknown>, fallback: string | undefined) {
  const label = bag.label;
  if (typeof label === 'string') return;
  if (typeof label === 'number' || typeof label === 'boolean') bag.label = String(label);
  else if (fallback !== undefined) bag.label = fallback;
  else delete bag.label;
}

function graphTypeOf(raw: RawGraph): GraphType {
  if (raw.type === 'directed' && raw.edges.some((edge) => edge.undirected)) return 'mixed';
  return raw.type;
}

export function normaliseGraph(raw: RawGraph, context: ImportContext): NormalisedGraph {
  checkCounts(raw.nodes.length, raw.edges.length, context.limits, context.format);
  const type = graphTypeOf(raw);
  const nodeKeys = new Set<string>();
  let positioned = 0;
  const nodes: SerializedNode[] = raw.nodes.map(({ key, attributes }) => {
    if (nodeKeys.has(key))
      throw makeFormatError(context, `duplicate node "${key}"`, { element: 'node', id: key });
    nodeKeys.add(key);
    const bag = copyAttributes(attributes, 'node', context);
    fixLabel(bag, key);
    fixNumber(bag, 'x', 'node', context);
    fixNumber(bag, 'y', 'node', context);
    fixNumber(bag, 'size', 'node', context, 0);
    fixColor(bag, 'node', context);
    if (typeof bag.x === 'number' && typeof bag.y === 'number') positioned++;
    return { key, attributes: toPlainObject(Object.entries(bag)) };
  });
  const edgeKeys = new Set<string>();
  const edges: SerializedEdge[] = raw.edges.map(({ key, source, target, undirected, attributes }) => {
    if (edgeKeys.has(key))
      throw makeFormatError(context, `duplicate edge "${key}"`, { element: 'edge', id: key });
    edgeKeys.add(key);
    for (const node of [source, target]) {
      if (!nodeKeys.has(node)) {
        throw makeFormatError(context, `edge "${key}" refers to unknown node "${node}"`, {
          element: 'edge',
          id: key,
        });
      }
    }
    const bag = copyAttributes(attributes, 'edge', context);
    fixLabel(bag, undefined);
    fixNumber(bag, 'size', 'edge', context, 0);
    fixColor(bag, 'edge', context);
    const edge: SerializedEdge = { key, source, target, attributes: toPlainObject(Object.entries(bag)) };
    if (type === 'undirected' || (type === 'mixed' && undirected)) edge.undirected = true;
    return edge;
  });
  if (positioned > 0 && positioned < nodes.length) {
    context.warnings.add(
      `Only ${positioned} of ${plural(nodes.length, 'node')} have a position (x and y); the graph needs a layout`,
    );
  }
  const graphAttributes = toPlainObject(Object.entries(copyAttributes(raw.attributes, 'graph', context)));
  return {
    serialized: {
      options: { type, multi: true, allowSelfLoops: true },
      attributes: graphAttributes,
      nodes,
      edges,
    },
    hasPositions: nodes.length > 0 && positioned === nodes.length,
    stats: { nodes: nodes.length, edges: edges.length },
  };
}
