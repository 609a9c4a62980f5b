// The colouring a graph opens with: its YRD kinds, the file's own colours, its best categorical attribute, or none.
import type Graph from 'graphology';
import { isNodeKind } from './ontology';

/**
 * - kind: most nodes have a kind of the YRD ontology; colour by kind (the app's usual colours).
 * - file: most nodes have a colour of their own; keep it. `attribute`, when present, is a categorical attribute the
 *   colours follow (one colour per value), which a legend can name.
 * - attribute: colour by this categorical attribute (`numeric`: its values are integer codes, e.g. Gephi's
 *   modularity_class; colour by their text).
 * - none: nothing fits; one colour for all.
 */
export type DefaultColouring =
  | { by: 'kind' }
  | { by: 'file'; attribute?: string }
  | { by: 'attribute'; attribute: string; values: number; coverage: number; numeric: boolean }
  | { by: 'none' };

/** At most this many distinct values (the palette has nine colours; smaller groups beyond share "other"). */
export const DEFAULT_MAX_COLOUR_VALUES = 12;
/** The share of nodes that must have the value (a kind, a colour, the attribute). */
export const DEFAULT_MIN_COLOUR_COVERAGE = 0.5;
/** Attributes that name, describe or draw nodes: never a colouring. */
const NOT_CANDIDATES = new Set([
  'label',
  'labelZh',
  'description',
  'note',
  'title',
  'name',
  'id',
  'key',
  'x',
  'y',
  'z',
  'size',
  'color',
  'shape',
  'image',
  'aliases',
  'titles',
  'date',
  'endDate',
]);
/** Integer attributes count as categories only when their name says they are groups (not counts or years). */
const GROUP_NAME = /class|communit|cluster|group|module|modularity|partition|categor|type|kind/i;

interface Tally {
  name: string;
  order: number;
  count: number;
  values: Map<string, number>;
  strings: boolean;
  integers: boolean;
}

export interface ColouringCandidate {
  attribute: string;
  values: number;
  coverage: number;
  numeric: boolean;
}

function tallyAttributes(graph: Graph): Tally[] {
  const tallies = new Map<string, Tally>();
  graph.forEachNode((_node, attributes) => {
    for (const name in attributes) {
      const value = attributes[name];
      if (NOT_CANDIDATES.has(name) || value === undefined || value === null || value === '') continue;
      let tally = tallies.get(name);
      if (!tally) {
        tally = { name, order: tallies.size, count: 0, values: new Map(), strings: true, integers: true };
        tallies.set(name, tally);
      }
      tally.count++;
      if (typeof value !== 'string' && typeof value !== 'boolean') tally.strings = false;
      if (!Number.isInteger(value)) tally.integers = false;
      // Past the point where it can be a candidate (neither text nor integers, or too many values), its values no
      // longer matter: a float attribute at 10k nodes would otherwise turn every value into text.
      if ((!tally.strings && !tally.integers) || tally.values.size > DEFAULT_MAX_COLOUR_VALUES) continue;
      const text = String(value);
      tally.values.set(text, (tally.values.get(text) ?? 0) + 1);
    }
  });
  return [...tallies.values()];
}

/**
 * The node attributes that could colour the graph, best first. A candidate has only text or true/false values (or
 * integer codes under a group-like name such as "modularity_class"), 2 to DEFAULT_MAX_COLOUR_VALUES distinct values,
 * each used by two nodes on average, on at least DEFAULT_MIN_COLOUR_COVERAGE of the nodes. Best: the most nodes
 * covered; then more than two values (a yes/no flag says little); then the fewest values; then the first seen.
 */
export function rankColouringCandidates(graph: Graph): ColouringCandidate[] {
  if (graph.order === 0) return [];
  const candidates = tallyAttributes(graph).filter((tally) => {
    const distinct = tally.values.size;
    const categorical = tally.strings || (tally.integers && GROUP_NAME.test(tally.name));
    return (
      categorical &&
      distinct >= 2 &&
      distinct <= DEFAULT_MAX_COLOUR_VALUES &&
      distinct * 2 <= tally.count &&
      tally.count >= DEFAULT_MIN_COLOUR_COVERAGE * graph.order
    );
  });
  candidates.sort(
    (a, b) =>
      b.count - a.count ||
      Number(a.values.size === 2) - Number(b.values.size === 2) ||
      a.values.size - b.values.size ||
      a.order - b.order,
  );
  return candidates.map((tally) => ({
    attribute: tally.name,
    values: tally.values.size,
    coverage: tally.count / graph.order,
    numeric: !tally.strings,
  }));
}

/** Whether every value of `attribute` goes with a single node colour (the file's colours follow it). */
function coloursFollow(graph: Graph, attribute: string): boolean {
  const colours = new Map<string, string>();
  let follows = true;
  graph.forEachNode((_node, attributes) => {
    const value = attributes[attribute];
    const color = attributes.color;
    if (!follows || value === undefined || value === null || typeof color !== 'string') return;
    const known = colours.get(String(value));
    if (known === undefined) colours.set(String(value), color.toLowerCase());
    else if (known !== color.toLowerCase()) follows = false;
  });
  return follows && colours.size > 1;
}

/** How to colour `graph` when it opens (see DefaultColouring for the order of the rules). */
export function chooseDefaultColouring(graph: Graph): DefaultColouring {
  if (graph.order === 0) return { by: 'none' };
  let kinds = 0;
  let colours = 0;
  graph.forEachNode((_node, attributes) => {
    if (isNodeKind(attributes.kind)) kinds++;
    if (typeof attributes.color === 'string' && attributes.color) colours++;
  });
  const enough = (count: number) => count >= DEFAULT_MIN_COLOUR_COVERAGE * graph.order;
  if (enough(kinds)) return { by: 'kind' };
  const candidates = rankColouringCandidates(graph);
  if (enough(colours)) {
    const followed = candidates.find((candidate) => coloursFollow(graph, candidate.attribute));
    return followed ? { by: 'file', attribute: followed.attribute } : { by: 'file' };
  }
  const best = candidates[0];
  return best ? { by: 'attribute', ...best } : { by: 'none' };
}
