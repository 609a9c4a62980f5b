// Compiles a validated authored dataset into a serialized graphology graph (with layout) and a mentions index.
import type { KgEdgeAttributes } from '../model/types';
import type { Relation } from '../model/ontology';
import type { AuthoredNode } from './authoredSchemas';
import {
  DEFAULT_GRAPH_OPTIONS,
  type CompiledDataset,
  type CompiledNodeAttributes,
  type SerializedKgGraph,
} from './compiledTypes';
import type { DatasetInput } from './datasetFile';
import { makeEdgeKey } from './edgeKey';
import { formatIssue } from './issues';
import { applyDeterministicLayout, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from './layout';
import { createKgGraph } from './makeGraphFromSerialized';
import { computeMentions } from './mentions';
import { stringifyJson } from './stableJson';
import { analyzeDataset } from './validateDataset';
import type { ParsedNode } from './parseDataset';

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Node attributes in a fixed field order, omitting absent optional fields. */
function makeNodeAttributes({ kind, node }: ParsedNode): CompiledNodeAttributes {
  const optional = (field: keyof AuthoredNode) => (node[field] === undefined ? {} : { [field]: node[field] });
  return {
    label: node.label,
    kind,
    aliases: [...node.aliases],
    ...optional('labelZh'),
    ...optional('labelZhReconstructed'),
    description: node.description,
    ...optional('descriptionZh'),
    ...optional('role'),
    ...optional('paragraph'),
    ...optional('titles'),
    ...optional('titlesZh'),
    ...optional('date'),
    ...optional('endDate'),
    ...optional('place'),
    ...optional('note'),
    ...optional('noteZh'),
    ...optional('inferred'),
    x: 0,
    y: 0,
  } as CompiledNodeAttributes;
}

/**
 * Validates, then compiles a dataset. Throws an Error listing every issue when validation fails.
 * The output is deterministic: nodes sorted by key, edges by key, layout seeded from keys.
 */
export function compileDataset(
  input: DatasetInput,
  layoutOptions: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): CompiledDataset {
  const { parsed, paragraphs, report } = analyzeDataset(input);
  if (report.errorCount > 0 || parsed.meta === null) {
    const lines = report.issues.map(formatIssue).join('\n');
    throw new Error(`Cannot compile: the dataset has ${report.errorCount} error(s):\n${lines}`);
  }
  const graph = createKgGraph();
  const { name, title, titleZh, source } = parsed.meta;
  const graphAttributes = { name, title, ...(titleZh === undefined ? {} : { titleZh }), source };
  graph.replaceAttributes(graphAttributes);
  const nodes = [...parsed.nodes].sort((a, b) => compareStrings(a.node.key, b.node.key));
  for (const entry of nodes) graph.addNode(entry.node.key, makeNodeAttributes(entry));

  const edges = parsed.edges
    .map(({ edge }) => ({ edge, key: makeEdgeKey(edge.source, edge.relation, edge.target) }))
    .sort((a, b) => compareStrings(a.key, b.key));
  for (const { edge, key } of edges) {
    const attributes: KgEdgeAttributes = {
      relation: edge.relation as Relation,
      evidence: edge.evidence.map(({ paragraph, quote }) => ({ paragraph, quote })),
      ...(edge.stage === undefined ? {} : { stage: edge.stage }),
      ...(edge.speaker === undefined ? {} : { speaker: edge.speaker }),
      ...(edge.note === undefined ? {} : { note: edge.note }),
      ...(edge.noteZh === undefined ? {} : { noteZh: edge.noteZh }),
      ...(edge.inferred === undefined ? {} : { inferred: edge.inferred }),
      ...(edge.title === undefined ? {} : { title: edge.title }),
      ...(edge.titleZh === undefined ? {} : { titleZh: edge.titleZh }),
    };
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
  }
  applyDeterministicLayout(graph, layoutOptions);

  const serialized: SerializedKgGraph = {
    options: { ...DEFAULT_GRAPH_OPTIONS },
    attributes: graphAttributes,
    nodes: graph.nodes().map((key) => ({ key, attributes: graph.getNodeAttributes(key) })),
    edges: edges.map(({ edge, key }) => ({
      key,
      source: edge.source,
      target: edge.target,
      attributes: graph.getEdgeAttributes(key),
    })),
  };
  const mentions = computeMentions(
    nodes.map(({ node }) => node),
    paragraphs,
  );
  return { graph: serialized, mentions };
}

/** The compiled files' exact text: `<name>.graph.json` and `<name>.mentions.json`. */
export function serializeCompiledDataset(compiled: CompiledDataset): {
  graphJson: string;
  mentionsJson: string;
} {
  return { graphJson: stringifyJson(compiled.graph), mentionsJson: stringifyJson(compiled.mentions) };
}
