// The filter list kept canonical: one entry per type (per key), in the codec table's order, empty entries dropped.
import type { FilterEntry, FilterOf, FilterType } from '../model/filters/types';
import { FILTER_CODECS, FILTER_TYPES, type FilterCodec } from './filterCodecs';

const codecOf = (type: FilterType) => FILTER_CODECS[type] as FilterCodec<FilterType, unknown>;

/** The entry's identity: its type, plus its key for types with several entries (facets). */
export function filterId(filter: FilterEntry): string {
  const key = codecOf(filter.type).key?.(filter);
  return key === undefined ? filter.type : `${filter.type}:${key}`;
}

const isEmpty = (filter: FilterEntry) => codecOf(filter.type).isEmpty(filter);

/** Sorted by type in the codec table's order, then by key; entries that filter nothing are dropped. */
export function normaliseFilters(filters: readonly FilterEntry[]): FilterEntry[] {
  const rank = (filter: FilterEntry) => FILTER_TYPES.indexOf(filter.type);
  return filters
    .filter((filter) => !isEmpty(filter))
    .sort((a, b) => rank(a) - rank(b) || filterId(a).localeCompare(filterId(b)));
}

/** The list with `filter` in place of the entry with the same identity (or added); an empty entry removes it. */
export function withFilter(filters: readonly FilterEntry[], filter: FilterEntry): FilterEntry[] {
  const id = filterId(filter);
  return normaliseFilters([...filters.filter((f) => filterId(f) !== id), filter]);
}

/** The entries of one type (for facets, one per facet). */
export function filtersOf<T extends FilterType>(filters: readonly FilterEntry[], type: T): FilterOf<T>[] {
  return filters.filter((filter): filter is FilterOf<T> => filter.type === type);
}

/** The list "Reset filters" leaves: only the entries whose codec keeps them. */
export function resetFilterList(filters: readonly FilterEntry[]): FilterEntry[] {
  return filters.filter((filter) => codecOf(filter.type).keptOnReset);
}
