// Unit tests of the reducers' highlight logic: hidden by filters, faded outside the focus, labels for the selection.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { FilterEntry } from '../../../src/model/filters/types';
import { computeVisibility } from '../../../src/model/filters/visibility';
import { makeNodeLooks } from '../../../src/style/appearance';
import {
  DEFAULT_EDGE_COLOR,
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  FOCUS_EDGE_COLOR,
  KIND_COLORS,
} from '../../../src/style/palette';
import { relationColor } from '../../../src/style/appearance';
import { makeNodeEncoding } from '../../../src/style/encoding';
import { DEFAULT_SETTINGS } from '../../../src/style/settings';
import {
  computeFocus,
  makeEdgeReducer,
  makeNodeReducer,
  type HighlightState,
} from '../../../src/style/reducers';
import { makeTinyGraph } from '../helpers/tinyGraph';
import { edgeTypesOf, STRAIGHT_CURVATURE } from '../../../src/style/edgeTypes';

const graph = makeTinyGraph();
const looks = makeNodeLooks(graph, makeNodeEncoding(graph, { sizeBy: 'degree', colourBy: 'kind' }, {}));
const noFilter: FilterEntry[] = [];

/** The reducers' input with nothing selected, hovered or filtered. */
const unfocused = () => ({
  graph,
  looks,
  visibility: computeVisibility(graph, noFilter),
  focus: null,
  selectedNode: null,
  selectedEdge: null,
  hoveredNode: null,
});

/** `big`'s edge reducer for `highlight`, applied as sigma applies it (to a copy of the attributes). */
function edgeReducerOf(big: Graph, highlight: HighlightState) {
  const edge = makeEdgeReducer({
    graph: big,
    looks: makeNodeLooks(big, makeNodeEncoding(big, { sizeBy: 'degree', colourBy: 'kind' }, {})),
    visibility: computeVisibility(big, noFilter),
    focus: computeFocus(big, highlight),
    ...highlight,
  });
  return (key: string) => edge(key, { ...big.getEdgeAttributes(key) });
}

function reducers(highlight: Partial<HighlightState>, filters = noFilter) {
  const full = { selectedNode: null, selectedEdge: null, hoveredNode: null, ...highlight };
  const input = {
    graph,
    looks,
    visibility: computeVisibility(graph, filters),
    focus: computeFocus(graph, full),
    ...full,
  };
  const node = makeNodeReducer(input);
  const edge = makeEdgeReducer(input);
  return {
    node: (key: string) => node(key, { ...graph.getNodeAttributes(key) }),
    edge: (key: string) => edge(key, { ...graph.getEdgeAttributes(key) }),
  };
}

describe('reducers', () => {
  it('focus a path: its nodes and edges stay bright and labelled, the rest fades', () => {
    const path = [
      'holds_office:leader/liu-jie->province/zhejiang',
      'pledged:province/zhejiang->theme/innovation',
    ];
    const focus = computeFocus(
      graph,
      { selectedNode: null, selectedEdge: null, hoveredNode: null },
      { pathEdges: path },
    );
    const input = {
      graph,
      looks,
      visibility: computeVisibility(graph, noFilter),
      focus,
      selectedNode: null,
      selectedEdge: null,
      hoveredNode: null,
    };
    const node = makeNodeReducer(input);
    const edge = makeEdgeReducer(input);
    expect(node('theme/innovation', { ...graph.getNodeAttributes('theme/innovation') }).color).toBe(
      KIND_COLORS.theme,
    );
    expect(node('program/ai-plus', { ...graph.getNodeAttributes('program/ai-plus') }).color).toBe(
      FADED_NODE_COLOR,
    );
    expect(edge(path[1]!, { ...graph.getEdgeAttributes(path[1]!) })).toMatchObject({
      label: 'pledged',
      size: 2,
    });
    const other = 'pledged:leader/wang-qingxian->theme/innovation';
    expect(edge(other, { ...graph.getEdgeAttributes(other) }).color).toBe(FADED_EDGE_COLOR);
  });

  it('hover wins over a path, and a paragraph focus fades what the paragraph does not support', () => {
    const paragraph = { nodes: new Set(['leader/liu-jie', 'province/zhejiang']), edges: new Set<string>() };
    const hovered = computeFocus(
      graph,
      { selectedNode: null, selectedEdge: null, hoveredNode: 'program/ai-plus' },
      { paragraph },
    );
    expect(hovered!.centre).toBe('program/ai-plus');
    const focused = computeFocus(
      graph,
      { selectedNode: null, selectedEdge: null, hoveredNode: null },
      { paragraph },
    );
    expect([...focused!.nodes].sort()).toEqual(['leader/liu-jie', 'province/zhejiang']);
    expect(focused!.labelEdges).toBe(false);
  });

  it('colour nodes by kind and size them by degree, with nothing faded by default', () => {
    const r = reducers({});
    expect(r.node('province/zhejiang').color).toBe(KIND_COLORS.province);
    expect(r.node('leader/liu-jie').size!).toBeGreaterThan(r.node('program/ai-plus').size!);
    expect(r.edge('attended:leader/liu-jie->event/symposium').color).not.toBe(FADED_EDGE_COLOR);
  });

  it('hide what the filters exclude', () => {
    const r = reducers({}, [{ type: 'hiddenKinds', kinds: ['event'] }]);
    expect(r.node('event/symposium').hidden).toBe(true);
    expect(r.edge('attended:leader/liu-jie->event/symposium').hidden).toBe(true);
  });

  it('on hover, keep the node and its neighbours bright and fade the rest', () => {
    const r = reducers({ hoveredNode: 'leader/wang-qingxian' });
    expect(r.node('leader/wang-qingxian')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(r.node('program/ai-plus').color).toBe(KIND_COLORS.program);
    expect(r.node('leader/liu-jie')).toMatchObject({ color: FADED_NODE_COLOR, label: null });
    expect(r.edge('pledged:leader/liu-jie->theme/common-prosperity').color).toBe(FADED_EDGE_COLOR);
  });

  it("label the selected node's edges with the relation's human label", () => {
    const r = reducers({ selectedNode: 'leader/liu-jie' });
    expect(r.edge('holds_office:leader/liu-jie->province/zhejiang')).toMatchObject({
      label: 'holds office in',
      forceLabel: true,
    });
    expect(r.edge('holds_office:leader/wang-qingxian->province/anhui').label).toBeNull();
  });

  it('curve parallel edges and draw the others straight', () => {
    const edge = makeEdgeReducer(unfocused());
    expect(
      edge('attended:leader/liu-jie->event/symposium', {
        relation: 'attended',
        parallelIndex: 1,
        parallelMaxIndex: 1,
      }),
    ).toMatchObject({
      type: 'curved',
    });
    expect(reducers({}).edge('holds_office:leader/wang-qingxian->province/anhui').type).toBe('arrow');
  });

  it('draw the edges of a large graph as plain lines, except the highlighted ones', () => {
    const big = new Graph({ multi: true });
    for (let i = 0; i < 200; i++) big.addNode(`n${i}`, { x: i, y: i % 7 });
    for (let i = 0; big.size <= DEFAULT_SETTINGS.lineEdgesAbove; i++) {
      big.addEdgeWithKey(`e${i}`, `n${i % 200}`, `n${(i * 7 + 1) % 200}`, {
        parallelIndex: 1,
        parallelMaxIndex: 1,
      });
    }
    const make = (hoveredNode: string | null) =>
      edgeReducerOf(big, { selectedNode: null, selectedEdge: null, hoveredNode });
    expect(make(null)('e0')).toMatchObject({ type: 'line' });
    expect(make(null)('e0')).not.toHaveProperty('curvature');
    const hovered = make('n0');
    // Layered by program (plain lines drawn first), not by zIndex: sigma then sorts no edges.
    expect(hovered('e0')).toMatchObject({ type: 'curved', size: 2, zIndex: 0 });
    expect(hovered('e1')).toMatchObject({ type: 'line', color: FADED_EDGE_COLOR, zIndex: 0 });
  });

  it("draw a foreign graph's highlighted edges dark, its others light, and keep a relation's own colour", () => {
    const foreign = new Graph({ multi: true });
    for (const node of ['a', 'b', 'c']) foreign.addNode(node, { x: 0, y: 0 });
    foreign.addEdgeWithKey('ab', 'a', 'b');
    foreign.addEdgeWithKey('bc', 'b', 'c');
    const selected = edgeReducerOf(foreign, { selectedNode: 'a', selectedEdge: null, hoveredNode: null });
    expect(selected('ab').color).toBe(FOCUS_EDGE_COLOR);
    expect(selected('bc').color).toBe(FADED_EDGE_COLOR);
    const none = edgeReducerOf(foreign, { selectedNode: null, selectedEdge: null, hoveredNode: null });
    expect(none('ab').color).toBe(DEFAULT_EDGE_COLOR);
    // The report's relations keep their family's colour when highlighted.
    const [edge] = graph.edges('leader/wang-qingxian');
    const { edge: reduce } = reducers({ selectedNode: 'leader/wang-qingxian' });
    expect(reduce(edge!).color).toBe(relationColor(graph.getEdgeAttribute(edge!, 'relation')));
    expect(reduce(edge!).color).not.toBe(FOCUS_EDGE_COLOR);
  });

  it('shrink the faded nodes of a crowded graph, so that the highlighted edges beneath them show', () => {
    const selected = { selectedNode: 'leader/wang-qingxian', selectedEdge: null, hoveredNode: null };
    const focus = computeFocus(graph, selected);
    const faded = graph.nodes().find((node) => !focus!.nodes.has(node))!;
    const bright = graph.nodes().find((node) => focus!.nodes.has(node) && node !== selected.selectedNode)!;
    const reduceWith = (shrinkFadedNodesAbove: number) => {
      const settings = { ...DEFAULT_SETTINGS, shrinkFadedNodesAbove, fadedNodeScale: 0.5 };
      const input = { ...unfocused(), focus, settings, ...selected };
      const reduce = makeNodeReducer(input);
      return (node: string) => reduce(node, { ...graph.getNodeAttributes(node) });
    };
    const fullSize = looks.get(faded)!.size;
    // The tiny graph is not crowded at the default threshold: sizes stay.
    expect(reduceWith(DEFAULT_SETTINGS.shrinkFadedNodesAbove)(faded).size).toBe(fullSize);
    const crowded = reduceWith(graph.order - 1);
    expect(crowded(faded)).toMatchObject({ size: fullSize * 0.5, color: FADED_NODE_COLOR });
    expect(crowded(bright).size).toBe(looks.get(bright)!.size);
    // Without a focus nothing fades, so nothing shrinks.
    const plain = makeNodeReducer({
      ...unfocused(),
      settings: { ...DEFAULT_SETTINGS, shrinkFadedNodesAbove: 0 },
    });
    expect(plain(faded, { ...graph.getNodeAttributes(faded) }).size).toBe(fullSize);
  });

  it("draw a large directed graph's highlighted straight edges with the curve program, straight", () => {
    const big = new Graph({ multi: true });
    for (let i = 0; i < 200; i++) big.addNode(`n${i}`, { x: i, y: i % 7 });
    for (let i = 0; big.size <= DEFAULT_SETTINGS.lineEdgesAbove; i++)
      big.mergeEdgeWithKey(`e${i}`, `n${i % 200}`, `n${(i * 7 + 1 + Math.floor(i / 200)) % 200}`);
    const hovered = edgeReducerOf(big, { selectedNode: null, selectedEdge: null, hoveredNode: 'n0' });
    // All but straight: the curve program draws nothing at a curvature of exactly 0.
    expect(hovered('e0')).toMatchObject({ type: 'curved', curvature: STRAIGHT_CURVATURE, size: 2 });
    expect(hovered('e1')).toMatchObject({ type: 'line', color: FADED_EDGE_COLOR });
  });

  it('draw the highlighted edges of a large undirected graph above its plain lines, as rectangles', () => {
    const big = new Graph({ type: 'undirected' });
    for (let i = 0; i < 400; i++) big.addNode(`n${i}`, { x: i, y: i % 7 });
    for (let i = 0; big.size <= DEFAULT_SETTINGS.lineEdgesAbove; i++) {
      const [source, target] = [`n${i % 400}`, `n${(i * 7 + 1 + Math.floor(i / 400)) % 400}`];
      if (source !== target && !big.hasEdge(source, target)) big.addEdgeWithKey(`e${i}`, source, target);
    }
    const edge = edgeReducerOf(big, { selectedNode: 'n0', selectedEdge: null, hoveredNode: null });
    const own = big.edges('n0')[0]!;
    const other = big.edges().find((key) => !big.extremities(key).includes('n0'))!;
    expect(edge(own)).toMatchObject({ type: 'rectangle', zIndex: 0 });
    expect(edge(other)).toMatchObject({ type: 'line', zIndex: 0 });
    expect(edgeTypesOf(big, DEFAULT_SETTINGS)).toEqual(['line', 'rectangle']);
  });

  it('focus an edge selection on its two ends', () => {
    const focus = computeFocus(graph, {
      selectedNode: null,
      hoveredNode: null,
      selectedEdge: 'pledged:leader/wang-qingxian->program/ai-plus',
    });
    expect([...focus!.nodes].sort()).toEqual(['leader/wang-qingxian', 'program/ai-plus']);
  });

  it('always offer leaders and provinces for labels, first in the label layout', () => {
    const r = reducers({});
    expect(r.node('leader/liu-jie')).toMatchObject({ forceLabel: true, labelPriority: 2 });
    expect(r.node('province/zhejiang')).toMatchObject({ forceLabel: true });
    expect(r.node('program/ai-plus').forceLabel).toBe(false);
  });

  it('a focused paragraph narrows a selection: the paragraph and the selected node stay bright', () => {
    const paragraph = { nodes: new Set(['province/zhejiang', 'theme/innovation']), edges: new Set<string>() };
    const highlight = { selectedNode: 'leader/liu-jie', selectedEdge: null, hoveredNode: null };
    const plain = computeFocus(graph, highlight);
    const focus = computeFocus(graph, highlight, { paragraph });
    expect([...focus!.nodes].sort()).toEqual(['leader/liu-jie', 'province/zhejiang', 'theme/innovation']);
    expect(focus!.nodes).not.toEqual(plain!.nodes);
    expect(focus!.centre).toBe('leader/liu-jie');
    expect(focus!.edges!.has('holds_office:leader/liu-jie->province/zhejiang')).toBe(true);
    expect(focus!.edges!.has('attended:leader/liu-jie->event/symposium')).toBe(false);
  });

  it("label a selection's edges only when they are few, and always the hovered edge", () => {
    const highlight = { selectedNode: 'leader/liu-jie', selectedEdge: null, hoveredNode: null };
    const hoveredEdge = 'holds_office:leader/wang-qingxian->province/anhui';
    const input = {
      graph,
      looks,
      visibility: computeVisibility(graph, noFilter),
      focus: computeFocus(graph, highlight),
      ...highlight,
      hoveredEdge,
      settings: { ...DEFAULT_SETTINGS, maxEdgeLabels: 0 },
    };
    const edge = makeEdgeReducer(input);
    const own = 'holds_office:leader/liu-jie->province/zhejiang';
    expect(edge(own, { ...graph.getEdgeAttributes(own) }).label).toBeNull();
    expect(edge(hoveredEdge, { ...graph.getEdgeAttributes(hoveredEdge) }).label).toBe('holds office in');
  });

  it("write into sigma's copy of the attributes, so a file's own display fields never reach sigma", () => {
    const r = reducers({});
    const key = 'province/zhejiang';
    const copy: Record<string, unknown> = {
      ...graph.getNodeAttributes(key),
      type: 'square',
      hidden: true,
      highlighted: true,
      zIndex: 9,
    };
    const node = makeNodeReducer(unfocused());
    const display = node(key, copy);
    expect(display).toBe(copy);
    expect(display).toMatchObject({ hidden: false, highlighted: false, zIndex: 0, type: undefined });
    expect(display).toMatchObject({
      label: r.node(key).label,
      color: r.node(key).color,
      size: r.node(key).size,
    });
    const edgeKey = 'holds_office:leader/liu-jie->province/zhejiang';
    const edgeCopy = {
      ...graph.getEdgeAttributes(edgeKey),
      hidden: true,
      label: 'from the file',
      zIndex: 5,
      type: 'x',
    };
    expect(r.edge(edgeKey)).toMatchObject({ hidden: false, label: null, zIndex: 0, type: 'arrow' });
    const edge = makeEdgeReducer(unfocused());
    expect(edge(edgeKey, edgeCopy)).toMatchObject({ hidden: false, label: null, zIndex: 0, type: 'arrow' });
    // The graph itself is untouched.
    expect(graph.getNodeAttributes(key)).not.toHaveProperty('hidden');
  });

  it("a selected leader's focus includes what they pledged as the speaker for a province, as Details lists it", () => {
    const spoken = makeTinyGraph();
    const pledge = 'pledged:province/zhejiang->theme/innovation';
    spoken.setEdgeAttribute(pledge, 'speaker', 'leader/liu-jie');
    const selected = { selectedNode: 'leader/liu-jie', selectedEdge: null, hoveredNode: null };
    const focus = computeFocus(spoken, selected);
    expect(focus!.nodes.has('theme/innovation')).toBe(true);
    expect(focus!.edges!.has(pledge)).toBe(true);
    // Without the speaker, the pledge is the province's alone.
    const plain = computeFocus(graph, selected);
    expect(plain!.nodes.has('theme/innovation')).toBe(false);
    expect(plain!.edges!.has(pledge)).toBe(false);
  });
});
