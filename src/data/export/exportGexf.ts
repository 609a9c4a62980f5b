// GEXF 1.3 export via graphology-gexf: viz position/size/colour, scalar lists as GEXF lists, other objects as JSON text.
import type Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { forEachAttributes, stripInvalidXmlChars, type ElementKind } from './exportValues';

const VIZ_NUMBERS = new Set(['x', 'y', 'z', 'size', 'thickness']);
/** List items graphology-gexf writes and reads back unchanged in a GEXF 1.3 "[a, b]" list. */
const SAFE_LIST_STRING = /^[^\s,'"\\][^,'"\\\r\n\t]*$/;

type ListKind = 'number' | 'boolean' | 'string' | 'unsafe';

/** What a GEXF list can carry unchanged: finite numbers, booleans, or simple strings — one kind per list. */
function listKind(value: unknown[]): ListKind | undefined {
  if (value.length === 0) return undefined;
  if (value.every((item) => typeof item === 'number' && Number.isFinite(item))) return 'number';
  if (value.every((item) => typeof item === 'boolean')) return 'boolean';
  if (value.every((item) => typeof item === 'string' && SAFE_LIST_STRING.test(item))) return 'string';
  return 'unsafe';
}

/**
 * Names whose object values must be JSON-encoded: plain objects, lists a GEXF list would not round-trip, and
 * lists mixed with other kinds of lists or with scalars under the same name (graphology-gexf types per name).
 */
function jsonEncodedNames(graph: Graph, element: ElementKind): Set<string> {
  const kinds = new Map<string, Set<string>>();
  forEachAttributes(graph, element, (attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      let kind: string | undefined;
      if (Array.isArray(value)) kind = listKind(value);
      else kind = typeof value === 'object' ? 'unsafe' : 'scalar';
      if (kind === undefined) continue;
      let set = kinds.get(name);
      if (!set) kinds.set(name, (set = new Set()));
      set.add(kind);
    }
  });
  const names = new Set<string>();
  for (const [name, set] of kinds) {
    const lists = [...set].filter((kind) => kind !== 'scalar');
    if (set.has('unsafe') || lists.length > 1 || (lists.length === 1 && set.has('scalar'))) names.add(name);
  }
  return names;
}

interface FormattedElement {
  label?: string;
  weight?: number;
  kind?: string;
  viz?: Record<string, string | number>;
  attributes?: Record<string, unknown>;
}

function makeFormatter(element: ElementKind, json: Set<string>) {
  return (_key: string, attributes: Attributes): FormattedElement => {
    const output: FormattedElement = {};
    const viz: Record<string, string | number> = {};
    const data: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      if (name === 'label' && (typeof value === 'string' || typeof value === 'number'))
        output.label = String(value);
      else if (element === 'edge' && name === 'weight' && typeof value === 'number') output.weight = value;
      else if (element === 'edge' && name === 'kind' && typeof value === 'string') output.kind = value;
      else if (VIZ_NUMBERS.has(name) && typeof value === 'number' && Number.isFinite(value))
        viz[name] = value;
      else if ((name === 'color' || name === 'shape') && typeof value === 'string') viz[name] = value;
      else if (Array.isArray(value) && value.length === 0 && !json.has(name)) continue;
      else data[name] = json.has(name) ? JSON.stringify(value) : value;
    }
    if (Object.keys(viz).length > 0) output.viz = viz;
    if (Object.keys(data).length > 0) output.attributes = data;
    return output;
  };
}

/**
 * GEXF 1.3 text. Round trip through importGraph: keys, labels, x/y/size/colour, numbers, booleans and strings
 * survive; lists of numbers, booleans or simple strings come back as arrays; empty lists are omitted; objects and
 * lists with commas/quotes (e.g. `aliases`, `evidence`) come back as their JSON text.
 */
export function exportGexf(graph: Graph): string {
  const text = write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: makeFormatter('node', jsonEncodedNames(graph, 'node')),
    formatEdge: makeFormatter('edge', jsonEncodedNames(graph, 'edge')),
  });
  return stripInvalidXmlChars(text);
}
