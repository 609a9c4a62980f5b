// GraphML export (hand-written XML; graphology-graphml only parses): typed keys, mixed graphs via directed="false".
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { encodeValue, isMissing } from './exportValues';
import { inferGraphmlKeys, type GraphmlKey } from './graphmlKeys';
import { escapeXmlAttribute, escapeXmlText } from './xmlEscape';

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
];

function collect(graph: Graph, element: 'node' | 'edge'): Attributes[] {
  const records: Attributes[] = [];
  if (element === 'node') graph.forEachNode((_key, attributes) => records.push(attributes));
  else graph.forEachEdge((_key, attributes) => records.push(attributes));
  return records;
}

function dataLines(keys: GraphmlKey[], attributes: Attributes, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = attributes[key.name];
    if (isMissing(value)) continue;
    lines.push(`${indent}<data key="${key.id}">${escapeXmlText(encodeValue(value))}</data>`);
  }
  return lines;
}

function keyLine(key: GraphmlKey): string {
  const name = escapeXmlAttribute(key.name);
  return `  <key id="${key.id}" for="${key.domain}" attr.name="${name}" attr.type="${key.type}"/>`;
}

/**
 * GraphML text. Round trip through importGraph: keys, directions, labels, x/y, numbers, booleans and strings
 * survive; arrays and objects (e.g. `aliases`, `evidence`) are written, and come back, as their JSON text.
 */
export function exportGraphml(graph: Graph): string {
  let next = 0;
  const nextId = () => `d${next++}`;
  const graphKeys = inferGraphmlKeys('graph', [graph.getAttributes()], nextId);
  const nodeKeys = inferGraphmlKeys('node', collect(graph, 'node'), nextId);
  const edgeKeys = inferGraphmlKeys('edge', collect(graph, 'edge'), nextId);
  const edgeDefault = graph.type === 'undirected' ? 'undirected' : 'directed';
  const lines = [...HEADER, ...[...graphKeys, ...nodeKeys, ...edgeKeys].map(keyLine)];
  lines.push(`  <graph edgedefault="${edgeDefault}">`);
  lines.push(...dataLines(graphKeys, graph.getAttributes(), '    '));
  graph.forEachNode((key, attributes) => {
    const data = dataLines(nodeKeys, attributes, '      ');
    const open = `    <node id="${escapeXmlAttribute(key)}"`;
    lines.push(...(data.length ? [`${open}>`, ...data, '    </node>'] : [`${open}/>`]));
  });
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const data = dataLines(edgeKeys, attributes, '      ');
    const direction = graph.type === 'mixed' && undirected ? ' directed="false"' : '';
    const open =
      `    <edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}"` +
      ` target="${escapeXmlAttribute(target)}"${direction}`;
    lines.push(...(data.length ? [`${open}>`, ...data, '    </edge>'] : [`${open}/>`]));
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
