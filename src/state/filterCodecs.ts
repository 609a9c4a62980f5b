// One URL codec entry per filter type: its parameters, and how its raw text is checked against the loaded graph.
// The table's order is the filters' canonical order in the state and in the URL (see model/filters/types.ts).
import { EGO_DEPTH_MAX, EGO_DEPTH_MIN } from '../model/egoNetwork';
import { STAGES } from '../model/stages';
import type { FilterOf, FilterType } from '../model/filters/types';
import type { FacetDefinition, ViewContext } from './types';
import { readInteger, readList, safeDecode, uniqueNumbers, type RawView } from './urlText';

export interface FilterCodec<T extends FilterType, Raw> {
  /** Tells apart entries of the same type (one facet entry per facet); absent: one entry per type. */
  key?(filter: FilterOf<T>): string;
  /** True when the entry filters nothing: it is dropped from the state. */
  isEmpty(filter: FilterOf<T>): boolean;
  /** "Reset filters" keeps it (the ego depth is a Metrics control, not a sidebar filter). */
  keptOnReset?: true;
  /** The entries' URL parameters (an empty list writes none). */
  encode(filters: readonly FilterOf<T>[], context: ViewContext): [string, string][];
  /** Syntax: its parameters' untrusted text; undefined when they are absent. */
  decode(raw: RawView, context: ViewContext): Raw | undefined;
  /** Meaning: only values of the loaded graph, in its order; entries that filter nothing are left out. */
  clean(raw: Raw, context: ViewContext): FilterOf<T>[];
}

/** Methods, so a codec with its own raw type fits the table (method parameters are checked bivariantly). */
type FilterCodecs = { [T in FilterType]: FilterCodec<T, unknown> };

/** Paragraph numbers of the source (1..count). */
const readParagraph = (text: string | undefined, context: ViewContext) =>
  readInteger(text, 1, context.paragraphCount);

const facetParam = (facet: { facet: string; param?: string | undefined }) =>
  facet.param ?? `f.${facet.facet}`;

/** Keeps the listed values the context allows, in the context's order. */
const pick = (allowed: readonly string[], wanted: readonly string[]) =>
  allowed.filter((v) => wanted.includes(v));

const facetCodec: FilterCodec<'facet', { values: Map<string, string[]>; mode: string | undefined }> = {
  key: (filter) => filter.facet,
  isEmpty: (filter) => filter.values.length === 0 && filter.mode === 'any',
  encode(filters, context) {
    const params: [string, string][] = [];
    for (const { facet, values } of filters) {
      if (values.length === 0) continue;
      const definition: FacetDefinition = context.facets.find((f) => f.facet === facet) ?? { facet, values };
      const prefix = definition.valuePrefix ?? '';
      const shown = values.map((v) => (prefix && v.startsWith(prefix) ? v.slice(prefix.length) : v));
      params.push([facetParam(definition), shown.map(encodeURIComponent).join(',')]);
    }
    // One mode for every facet in the URL: the sidebar offers one choice for all.
    if (filters.some((filter) => filter.mode === 'all')) params.push(['mode', 'all']);
    return params;
  },
  decode(raw, context) {
    const values = new Map<string, string[]>();
    for (const definition of context.facets) {
      const list = readList(raw.get(facetParam(definition)));
      if (list) values.set(definition.facet, list.map(safeDecode));
    }
    const mode = raw.get('mode');
    return values.size || mode ? { values, mode } : undefined;
  },
  clean(raw, context) {
    const mode = raw.mode === 'all' ? 'all' : 'any';
    return context.facets.flatMap((definition) => {
      const prefix = definition.valuePrefix ?? '';
      const wanted = (raw.values.get(definition.facet) ?? []).map((v) =>
        prefix && !v.startsWith(prefix) ? prefix + v : v,
      );
      const values = pick(definition.values, wanted);
      return values.length || mode === 'all'
        ? [{ type: 'facet' as const, facet: definition.facet, values, mode }]
        : [];
    });
  },
};

/** A codec for a list of values in one parameter, kept to the values the context allows (in its order). */
function valueListCodec<T extends FilterType>(
  param: string,
  read: (filter: FilterOf<T>) => readonly string[],
  make: (values: string[]) => FilterOf<T>,
  allowed: (context: ViewContext) => readonly string[],
): FilterCodec<T, string[]> {
  return {
    isEmpty: (filter) => read(filter).length === 0,
    encode: (filters) =>
      filters.flatMap((filter) => (read(filter).length ? [[param, read(filter).join(',')]] : [])),
    decode: (raw) => readList(raw.get(param)),
    clean: (raw, context) => {
      const values = pick(allowed(context), raw);
      return values.length ? [make(values)] : [];
    },
  };
}

const hiddenKindsCodec = valueListCodec<'hiddenKinds'>(
  'hideKinds',
  (filter) => filter.kinds,
  (kinds) => ({ type: 'hiddenKinds', kinds }),
  (context) => context.kinds,
);

const hiddenRelationsCodec = valueListCodec<'hiddenRelations'>(
  'hideRelations',
  (filter) => filter.relations,
  (relations) => ({ type: 'hiddenRelations', relations }),
  (context) => context.relations,
);

const stageCodec: FilterCodec<'stage', string> = {
  isEmpty: () => false,
  encode: (filters) => filters.map(({ stage }) => ['stage', stage]),
  decode: (raw) => raw.get('stage'),
  // Only a stage the loaded graph's statements carry.
  clean: (raw, context) => {
    const stage = STAGES.find((s) => s === raw && (context.stages ?? []).includes(s));
    return stage ? [{ type: 'stage', stage }] : [];
  },
};

const edgeFacetParam = (attribute: string) => `e.${attribute}`;

const edgeFacetCodec: FilterCodec<'edgeFacet', Map<string, string[]>> = {
  key: (filter) => filter.attribute,
  isEmpty: (filter) => filter.hidden.length === 0,
  encode: (filters) =>
    filters.flatMap(({ attribute, hidden }) =>
      hidden.length ? [[edgeFacetParam(attribute), hidden.map(encodeURIComponent).join(',')]] : [],
    ),
  decode(raw, context) {
    const hidden = new Map<string, string[]>();
    for (const { attribute } of context.edgeFacets ?? []) {
      const list = readList(raw.get(edgeFacetParam(attribute)));
      if (list) hidden.set(attribute, list.map(safeDecode));
    }
    return hidden.size ? hidden : undefined;
  },
  clean: (raw, context) =>
    (context.edgeFacets ?? []).flatMap(({ attribute, values }) => {
      const hidden = pick(values, raw.get(attribute) ?? []);
      return hidden.length ? [{ type: 'edgeFacet' as const, attribute, hidden }] : [];
    }),
};

const rangeParam = (field: string) => `r.${field}`;

/** A finite decimal number (sign, fraction and exponent allowed, nothing else); else null. */
function readNumber(text: string | undefined): number | null {
  if (!text || !/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const rangeCodec: FilterCodec<'range', Map<string, string>> = {
  key: (filter) => filter.field,
  isEmpty: () => false,
  encode: (filters) => filters.map(({ field, min, max }) => [rangeParam(field), `${min},${max}`]),
  decode(raw, context) {
    const ranges = new Map<string, string>();
    for (const field of context.rangeFields ?? []) {
      const text = raw.get(rangeParam(field));
      if (text !== undefined) ranges.set(field, text);
    }
    return ranges.size ? ranges : undefined;
  },
  // Only fields the graph offers, two finite numbers with min <= max.
  clean: (raw, context) =>
    (context.rangeFields ?? []).flatMap((field) => {
      const parts = raw.get(field)?.split(',');
      if (parts?.length !== 2) return [];
      const [min, max] = parts.map(readNumber);
      return min != null && max != null && min <= max ? [{ type: 'range' as const, field, min, max }] : [];
    }),
};

const evidenceCodec: FilterCodec<'evidence', string[]> = {
  isEmpty: (filter) => filter.paragraphs.length === 0,
  encode: (filters) =>
    filters.flatMap(({ paragraphs }) => (paragraphs.length ? [['paragraphs', paragraphs.join(',')]] : [])),
  decode: (raw) => readList(raw.get('paragraphs')),
  clean: (raw, context) => {
    const paragraphs = uniqueNumbers(
      raw.map((text) => readParagraph(text, context)).filter((p): p is number => p !== null),
    );
    return paragraphs.length ? [{ type: 'evidence', paragraphs }] : [];
  },
};

const egoCodec: FilterCodec<'ego', string> = {
  isEmpty: () => false,
  keptOnReset: true,
  encode: (filters) => filters.map(({ depth }) => ['depth', String(depth)]),
  decode: (raw) => raw.get('depth'),
  clean: (raw) => {
    const depth = readInteger(raw, EGO_DEPTH_MIN, EGO_DEPTH_MAX);
    return depth === null ? [] : [{ type: 'ego', depth }];
  },
};

export const FILTER_CODECS: FilterCodecs = {
  facet: facetCodec,
  hiddenKinds: hiddenKindsCodec,
  hiddenRelations: hiddenRelationsCodec,
  stage: stageCodec,
  edgeFacet: edgeFacetCodec,
  evidence: evidenceCodec,
  range: rangeCodec,
  ego: egoCodec,
};

export const FILTER_TYPES = Object.keys(FILTER_CODECS) as FilterType[];
