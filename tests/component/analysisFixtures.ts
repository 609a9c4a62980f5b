// Shared fixtures of the Metrics and Compare panel tests (English and Chinese): metric rows, props, the real matrices.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { vi } from 'vitest';
import { provinceMatrix } from '../../src/model/compare/provinceMatrix';
import { describeEdge } from '../../src/model/describe';
import type { MetricsRow } from '../../src/model/metrics/rows';
import type { GetEvidence } from '../../src/ui/ComparePanel';
import type { MetricsPanelProps } from '../../src/ui/MetricsPanel';

export const METRICS_ROWS: (MetricsRow & { labelZh?: string })[] = [
  {
    key: 'province/shanghai',
    label: 'Shanghai',
    labelZh: '上海市',
    kind: 'province',
    degree: 12,
    inDegree: 4,
    outDegree: 8,
    betweenness: 0.05,
    pagerank: 0.01,
    community: 1,
  },
  {
    key: 'theme/innovation',
    label: 'Innovation',
    kind: 'theme',
    degree: 20,
    inDegree: 20,
    outDegree: 0,
    betweenness: 0.2,
    pagerank: 0.04,
    community: 0,
  },
  {
    key: 'leader/liu-jie',
    label: 'Liu Jie',
    kind: 'leader',
    degree: 5,
    inDegree: 0,
    outDegree: 5,
    betweenness: 0.3,
    pagerank: 0.002,
    community: 1,
  },
];

/** MetricsPanel props with spies for every callback. */
export function makeMetricsProps(overrides: Partial<MetricsPanelProps> = {}): MetricsPanelProps {
  return {
    status: 'ready',
    rows: METRICS_ROWS,
    onCompute: vi.fn(),
    selectedNode: null,
    onSelectNode: vi.fn(),
    sizeBy: 'degree',
    colourBy: 'kind',
    onSizeBy: vi.fn(),
    onColourBy: vi.fn(),
    depth: null,
    onDepth: vi.fn(),
    ...overrides,
  };
}

/** The real YRD graph, its two province matrices, and the evidence behind any of its edges. */
export const yrdGraph = Graph.from(JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')));
export const yrdMatrices = [provinceMatrix(yrdGraph, 'theme'), provinceMatrix(yrdGraph, 'program')];
export const yrdEvidence: GetEvidence = (keys) =>
  keys.flatMap((key) => {
    const edge = describeEdge(yrdGraph, key);
    return edge
      ? [{ key, label: `${edge.source.label} ${edge.label} ${edge.target.label}`, evidence: edge.evidence }]
      : [];
  });
