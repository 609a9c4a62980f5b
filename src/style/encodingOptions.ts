// The choices offered by "Size by" and "Colour by": built-in encodings (words in the dictionary, by id) plus the graph's
// own attributes (named as in the file).

export interface EncodingOption {
  id: string;
  /** The attribute's name, for `attr:<name>` options; built-in options are labelled by the UI from their id. */
  label: string;
}

/** "Size by" choices computed from the structure; ids are metric ids. */
export const SIZE_BY_BUILT_IN = ['degree', 'inDegree', 'outDegree', 'betweenness', 'pagerank'] as const;

/** "Colour by" choices: the node kind (the app's usual colours) or the Louvain community. */
export const COLOUR_BY_BUILT_IN = ['kind', 'louvain'] as const;

export type BuiltInEncoding = (typeof SIZE_BY_BUILT_IN)[number] | (typeof COLOUR_BY_BUILT_IN)[number];
