// Value helpers shared by the exporters: attribute-name unions and text encodings of attribute values.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

export type ElementKind = 'node' | 'edge';

export function forEachAttributes(
  graph: Graph,
  element: ElementKind,
  callback: (attributes: Attributes) => void,
) {
  if (element === 'node') graph.forEachNode((_key, attributes) => callback(attributes));
  else graph.forEachEdge((_key, attributes) => callback(attributes));
}

/** Attribute names of all nodes (or edges), in first-seen order. */
export function attributeNames(graph: Graph, element: ElementKind): string[] {
  const names = new Set<string>();
  forEachAttributes(graph, element, (attributes) => {
    for (const name of Object.keys(attributes)) names.add(name);
  });
  return [...names];
}

/** Whether a value is absent for export purposes (undefined, null, NaN, ±Infinity). */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value));
}

/** Text form of a value: strings as they are, numbers/booleans via String, objects and arrays as JSON. */
export function encodeValue(value: unknown): string {
  if (isMissing(value)) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value) ?? '';
  return String(value);
}

const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** XML 1.0 cannot carry control characters or lone surrogates: replace them with U+FFFD. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD');
}
