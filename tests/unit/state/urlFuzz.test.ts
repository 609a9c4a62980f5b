// Property tests of the URL codec: any query string decodes to a valid view; valid views round-trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/defaults';
import { filtersOf, normaliseFilters } from '../../../src/state/filterList';
import { LANGUAGES, type FilterEntry, type ViewContext, type ViewState } from '../../../src/state/types';
import { cleanView, decodeView, encodeView } from '../../../src/state/urlCodec';

const NODES = ['leader/wang-qingxian', 'province/anhui', 'province/zhejiang', 'theme/a,b', 'x/ü'];
const EDGES = ['holds_office:leader/wang-qingxian->province/anhui'];
const context: ViewContext = {
  hasNode: (key) => NODES.includes(key),
  hasEdge: (key) => EDGES.includes(key),
  facets: [
    {
      facet: 'province',
      values: ['province/anhui', 'province/zhejiang'],
      param: 'provinces',
      valuePrefix: 'province/',
    },
    { facet: 'group', values: ['a, b', '%', '&=?'] },
  ],
  kinds: ['leader', 'province', 'theme'],
  relations: ['holds_office', 'pledged'],
  paragraphCount: 15,
  sizeOptions: ['degree', 'pagerank', 'attr:weight'],
  colourOptions: ['kind', 'louvain'],
  panels: ['details', 'source', 'metrics', 'table', 'path'],
};

function isValid(state: ViewState): boolean {
  const inContext = (values: readonly string[], allowed: readonly string[]) =>
    values.every((v) => allowed.includes(v));
  return (
    (state.node === null || NODES.includes(state.node)) &&
    (state.edge === null || EDGES.includes(state.edge)) &&
    filtersOf(state.filters, 'facet').every((s) =>
      inContext(s.values, context.facets.find((f) => f.facet === s.facet)?.values ?? []),
    ) &&
    filtersOf(state.filters, 'hiddenKinds').every((f) => inContext(f.kinds, context.kinds)) &&
    filtersOf(state.filters, 'hiddenRelations').every((f) => inContext(f.relations, context.relations)) &&
    filtersOf(state.filters, 'ego').every((f) => [1, 2, 3].includes(f.depth)) &&
    (state.panel as string) !== '' &&
    context.panels.includes(state.panel) &&
    LANGUAGES.includes(state.lang) &&
    (state.focusParagraph === null || (state.focusParagraph >= 1 && state.focusParagraph <= 15)) &&
    filtersOf(state.filters, 'evidence').every((f) =>
      f.paragraphs.every((p) => Number.isInteger(p) && p >= 1 && p <= 15),
    ) &&
    JSON.stringify(normaliseFilters(state.filters)) === JSON.stringify(state.filters) &&
    (state.camera === null || [state.camera.x, state.camera.y, state.camera.ratio].every(Number.isFinite)) &&
    context.sizeOptions.includes(state.sizeBy) &&
    context.colourOptions.includes(state.colourBy)
  );
}

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const arbitraryView: fc.Arbitrary<ViewState> = fc
  .record({
    node: fc.option(fc.constantFrom(...NODES), { nil: null }),
    provinces: subset(['province/anhui', 'province/zhejiang']),
    groups: subset(['a, b', '%', '&=?']),
    facetMode: fc.constantFrom('any' as const, 'all' as const),
    hiddenKinds: subset(context.kinds),
    hiddenRelations: subset(context.relations),
    camera: fc.option(
      fc.record({
        x: fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
        y: fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
        ratio: fc.integer({ min: 1, max: 100000 }).map((n) => n / 1000),
      }),
      { nil: null },
    ),
    panel: fc.constantFrom(...context.panels),
    focusParagraph: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
    evidenceParagraphs: subset([1, 2, 12, 13, 14, 15]),
    sizeBy: fc.constantFrom(...context.sizeOptions),
    colourBy: fc.constantFrom(...context.colourOptions),
    depth: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    lang: fc.constantFrom(...LANGUAGES),
    pathFrom: fc.option(fc.constantFrom(...NODES), { nil: null }),
  })
  .map(
    ({ provinces, groups, facetMode, hiddenKinds, hiddenRelations, evidenceParagraphs, depth, ...rest }) => {
      const filters: FilterEntry[] = [
        { type: 'facet', facet: 'province', values: provinces, mode: facetMode },
        { type: 'facet', facet: 'group', values: groups, mode: facetMode },
        { type: 'hiddenKinds', kinds: hiddenKinds },
        { type: 'hiddenRelations', relations: hiddenRelations },
        { type: 'evidence', paragraphs: [...evidenceParagraphs].sort((a, b) => a - b) },
        ...(depth === null ? [] : [{ type: 'ego' as const, depth }]),
      ];
      return { ...DEFAULT_VIEW_STATE, ...rest, edge: null, pathTo: null, filters: normaliseFilters(filters) };
    },
  );

describe('URL codec properties', () => {
  it('decodes any query string into a valid view, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        expect(isValid(cleanView(decodeView(search), context))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes mutated real URLs into valid views', () => {
    const real = encodeView({ ...DEFAULT_VIEW_STATE, node: 'province/anhui', focusParagraph: 3 }, context);
    fc.assert(
      fc.property(fc.nat(real.length), fc.string({ maxLength: 20 }), (at, insert) => {
        const mutated = `${real.slice(0, at)}${insert}${real.slice(at + 1)}`;
        expect(isValid(cleanView(decodeView(mutated), context))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid view: decode(encode(s)) equals s', () => {
    fc.assert(
      fc.property(arbitraryView, (state) => {
        expect(cleanView(decodeView(encodeView(state, context)), context)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('changes no prototype, whatever the keys', () => {
    cleanView(
      decodeView('?__proto__=x&constructor=y&f.__proto__=a&f.constructor=b&provinces=__proto__'),
      context,
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'a')).toBe(false);
  });
});
