// Fuzzy search over a graph's nodes (label, aliases, Chinese name, description) with MiniSearch.
import type Graph from 'graphology';
import MiniSearch from 'minisearch';

export interface SearchResult {
  key: string;
  label: string;
  labelZh?: string;
  kind: string;
  score: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

interface SearchDocument {
  id: string;
  label: string;
  aliases: string;
  labelZh: string;
  description: string;
  /** Every other string attribute (foreign graphs' own fields). */
  other: string;
  kind: string;
}

export const DEFAULT_SEARCH_LIMIT = 12;

/** Attributes indexed in their own fields (or not text at all), left out of `other`. */
const INDEXED_FIELDS = new Set([
  'label',
  'aliases',
  'labelZh',
  'description',
  'kind',
  'color',
  'x',
  'y',
  'size',
]);

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function buildIndex(graph: Graph): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: ['label', 'aliases', 'labelZh', 'description', 'other'],
    storeFields: ['label', 'labelZh', 'kind'],
    searchOptions: {
      boost: { label: 4, aliases: 2, labelZh: 3, description: 0.4, other: 0.6 },
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  const documents: SearchDocument[] = [];
  graph.forEachNode((key, attributes) => {
    const aliases = Array.isArray(attributes.aliases)
      ? attributes.aliases.filter((a) => typeof a === 'string')
      : [];
    documents.push({
      id: key,
      label: text(attributes.label) || key,
      aliases: aliases.join(' · '),
      labelZh: text(attributes.labelZh),
      description: text(attributes.description),
      other: Object.entries(attributes)
        .filter(([name, value]) => !INDEXED_FIELDS.has(name) && typeof value === 'string')
        .map(([, value]) => value as string)
        .join(' · '),
      kind: text(attributes.kind),
    });
  });
  index.addAll(documents);
  return index;
}

/** A search index over the graph's nodes, built on the first search (keeping it off the startup path). */
export function makeSearchIndex(graph: Graph): SearchIndex {
  let built: MiniSearch<SearchDocument> | null = null;
  return {
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const index = (built ??= buildIndex(graph));
      const trimmed = query.trim();
      if (!trimmed) return [];
      let hits = index.search(trimmed);
      if (hits.length === 0) hits = index.search(trimmed, { combineWith: 'OR' });
      return hits.slice(0, limit).map((hit) => {
        const result: SearchResult = {
          key: hit.id as string,
          label: hit.label as string,
          kind: hit.kind as string,
          score: hit.score,
        };
        if (hit.labelZh) result.labelZh = hit.labelZh as string;
        return result;
      });
    },
  };
}
