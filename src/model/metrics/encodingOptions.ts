// The choices offered by "Size by" and "Colour by": built-in metric encodings plus the graph's own attributes.

export interface EncodingOption {
  id: string;
  label: string;
}

/** "Size by" choices computed from the structure; ids are metric ids. */
export const SIZE_BY_OPTIONS: readonly EncodingOption[] = [
  { id: 'degree', label: 'Degree' },
  { id: 'inDegree', label: 'In-degree' },
  { id: 'outDegree', label: 'Out-degree' },
  { id: 'betweenness', label: 'Betweenness' },
  { id: 'pagerank', label: 'PageRank' },
];

/** "Colour by" choices: the node kind (the app's usual colours) or the Louvain community. */
export const COLOUR_BY_OPTIONS: readonly EncodingOption[] = [
  { id: 'kind', label: 'Kind' },
  { id: 'louvain', label: 'Louvain community' },
];
