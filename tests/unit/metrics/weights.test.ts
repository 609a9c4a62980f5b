// Weighted metrics: the weight attribute (found or chosen), weighted degree, weighted Louvain, and runMetrics' option.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { runMetrics, type MetricsWorkerLike } from '../../../src/data/runMetrics';
import { importGraph } from '../../../src/data/import/importGraph';
import { computeDegree, computeWeightedDegree } from '../../../src/model/metrics/degree';
import { edgeWeight, findWeightAttribute } from '../../../src/model/metrics/edgeWeight';
import { computeLouvain } from '../../../src/model/metrics/louvain';
import { applicableMetrics, computeMetrics } from '../../../src/model/metrics/registry';
import {
  exportTopology,
  handleMetricsRequest,
  type MetricsWorkerRequest,
  type MetricsWorkerResponse,
} from '../../../src/model/metrics/workerProtocol';
import { graphFrom, readFixture } from '../import/importTestHelpers';
import { makeBridgedTriangles } from './graphs';

/** A ring of six nodes whose edges alternate heavy (10) and light (1): `shift` moves the heavy pairs by one. */
function makeWeightedRing(shift: 0 | 1, attribute = 'weight'): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < 6; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < 6; i++) {
    graph.addEdge(`n${i}`, `n${(i + 1) % 6}`, { [attribute]: (i + shift) % 2 === 0 ? 10 : 1 });
  }
  return graph;
}

const communitiesOf = (values: Record<string, number>) => {
  const groups = new Map<number, string[]>();
  for (const [node, id] of Object.entries(values)) groups.set(id, [...(groups.get(id) ?? []), node]);
  return [...groups.values()].map((group) => group.sort().join('+')).sort();
};

const rail = () => graphFrom(importGraph({ name: 'rail.gexf', text: readFixture('gephi-yrd-rail.gexf') }));

describe('edge weights', () => {
  it('reads finite non-negative numbers; anything else weighs 1', () => {
    expect([5, 0, -2, Number.NaN, '3', undefined].map((w) => edgeWeight({ weight: w }, 'weight'))).toEqual([
      5, 0, 1, 1, 1, 1,
    ]);
  });

  it('finds a "weight" attribute in any case when it is numeric on at least half the edges', () => {
    expect(findWeightAttribute(rail())).toBe('weight');
    expect(findWeightAttribute(makeWeightedRing(0, 'Weight'))).toBe('Weight');
    const text = makeWeightedRing(0);
    text.forEachEdge((edge) => text.setEdgeAttribute(edge, 'weight', 'heavy'));
    expect(findWeightAttribute(text)).toBeUndefined();
    expect(findWeightAttribute(makeBridgedTriangles())).toBeUndefined();
  });
});

describe('weighted degree', () => {
  it('sums the weights of every edge of a node (a self-loop twice); without weights it is the degree', () => {
    const graph = rail();
    const weighted = computeWeightedDegree(graph, { weightAttribute: 'weight' });
    // Shanghai: Suzhou 96, Jiaxing 61, Ningbo 6, Nanjing 64.
    expect(weighted.shanghai).toBe(227);
    const loop = new Graph({ type: 'directed', allowSelfLoops: true });
    loop.addNode('a');
    loop.addEdge('a', 'a', { w: 2 });
    expect(computeWeightedDegree(loop, { weightAttribute: 'w' })).toEqual({ a: 4 });
    const plain = makeBridgedTriangles();
    expect(computeWeightedDegree(plain, { weightAttribute: 'weight' })).toEqual(computeDegree(plain));
    expect(computeWeightedDegree(graph)).toEqual(computeDegree(graph));
  });
});

describe('weighted Louvain', () => {
  it('groups the nodes joined by heavy edges', () => {
    expect(communitiesOf(computeLouvain(makeWeightedRing(0), { weightAttribute: 'weight' }))).toEqual([
      'n0+n1',
      'n2+n3',
      'n4+n5',
    ]);
    expect(communitiesOf(computeLouvain(makeWeightedRing(1), { weightAttribute: 'weight' }))).toEqual([
      'n0+n5',
      'n1+n2',
      'n3+n4',
    ]);
  });

  it('falls back to counting edges when every weight is 0', () => {
    const graph = makeBridgedTriangles();
    graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'weight', 0));
    expect(computeLouvain(graph, { weightAttribute: 'weight' })).toEqual(computeLouvain(graph));
  });
});

describe('computeMetrics and runMetrics with weights', () => {
  it("uses the graph's own weight attribute unless told another one, or none", () => {
    const graph = makeWeightedRing(1);
    const found = computeMetrics(graph, ['weightedDegree', 'louvain']);
    expect(found.weightedDegree?.n0).toBe(11);
    expect(communitiesOf(found.louvain!)).toEqual(['n0+n5', 'n1+n2', 'n3+n4']);
    expect(computeMetrics(graph, ['weightedDegree'], { weightAttribute: null }).weightedDegree?.n0).toBe(2);
    graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'trains', 3));
    expect(computeMetrics(graph, ['weightedDegree'], { weightAttribute: 'trains' }).weightedDegree?.n0).toBe(
      6,
    );
  });

  it('posts the weights to the worker and gets the same values as the main thread', async () => {
    const graph = makeWeightedRing(1);
    const requests: MetricsWorkerRequest[] = [];
    const worker: MetricsWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        requests.push(message);
        setTimeout(() => {
          const data = handleMetricsRequest(structuredClone(message));
          worker.onmessage?.({ data } as MessageEvent<MetricsWorkerResponse>);
        }, 0);
      },
      terminate() {},
    };
    const inWorker = await runMetrics(graph, ['weightedDegree', 'louvain'], {
      inWorkerAbove: 0,
      createWorker: () => worker,
    });
    expect(requests[0]?.weightAttribute).toBe('weight');
    expect(requests[0]?.graph.edges[0]?.attributes).toEqual({ weight: 1 });
    expect(inWorker).toEqual(await runMetrics(graph, ['weightedDegree', 'louvain']));
    const unweighted = await runMetrics(graph, ['weightedDegree'], { weightAttribute: null });
    expect(unweighted.weightedDegree?.n0).toBe(2);
    expect(exportTopology(graph).edges[0]).toEqual({ source: 'n0', target: 'n1' });
  });
});

describe('applicableMetrics', () => {
  it('leaves out in/out-degree for undirected graphs and weighted degree for graphs without weights', () => {
    expect(applicableMetrics(rail())).toEqual([
      'degree',
      'weightedDegree',
      'betweenness',
      'pagerank',
      'louvain',
    ]);
    expect(applicableMetrics(makeBridgedTriangles())).toEqual([
      'degree',
      'inDegree',
      'outDegree',
      'betweenness',
      'pagerank',
      'louvain',
    ]);
  });
});
