// Pure updates of the stage, edge-facet and range filters, each `(args) => (state) => state`.
import type { Stage } from '../model/stages';
import { filtersOf } from './filterList';
import type { ViewState } from './types';
import { removeFilters, setFilter, type ViewUpdate } from './updates';

/** Only statements of one stage, or null for every stage. */
export const setStage =
  (stage: Stage | null): ViewUpdate =>
  (state) =>
    stage === null ? removeFilters('stage')(state) : setFilter({ type: 'stage', stage })(state);

/** The chosen stage, or null. */
export const stageOf = (state: Pick<ViewState, 'filters'>): Stage | null =>
  filtersOf(state.filters, 'stage')[0]?.stage ?? null;

/** Hides or shows again the edges with one value of an edge attribute; `order` keeps the values' display order. */
export const toggleEdgeFacetValue =
  (attribute: string, value: string, order: readonly string[]): ViewUpdate =>
  (state) => {
    const current =
      filtersOf(state.filters, 'edgeFacet').find((f) => f.attribute === attribute)?.hidden ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    return setFilter({ type: 'edgeFacet', attribute, hidden: order.filter((v) => next.includes(v)) })(state);
  };

/** Keeps only nodes whose `field` lies in [min, max] (the bounds are swapped when given the wrong way round). */
export const setRange =
  (field: string, min: number, max: number): ViewUpdate =>
  (state) =>
    setFilter({ type: 'range', field, min: Math.min(min, max), max: Math.max(min, max) })(state);

/** Removes the range filter on one field. */
export const removeRange =
  (field: string): ViewUpdate =>
  (state) => ({
    ...state,
    filters: state.filters.filter((filter) => filter.type !== 'range' || filter.field !== field),
  });
