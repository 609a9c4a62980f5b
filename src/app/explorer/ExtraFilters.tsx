// The sidebar's stage, edge-facet, numeric-range and weight controls, fed from the explorer's view model.
import { useEffect, useMemo, useState } from 'react';
import {
  fieldValues,
  makeHistogram,
  RANGE_ATTRIBUTE_PREFIX,
  roundRangeOutward,
} from '../../model/filters/rangeFields';
import { isMetricId } from '../../model/metrics/types';
import { filtersOf } from '../../state/filterList';
import { removeRange, setRange, setStage, stageOf, toggleEdgeFacetValue } from '../../state/filterUpdates';
import { EdgeFacetFilters } from '../../ui/EdgeFacetFilters';
import type { Messages } from '../../ui/i18n/messages';
import { RangeFilters, type RangeFieldView } from '../../ui/RangeFilters';
import { StageFilter } from '../../ui/StageFilter';
import { WeightControls } from '../../ui/WeightControls';
import type { ExplorerModel } from './useExplorerModel';

/** Bins of a range filter's histogram. */
const HISTOGRAM_BINS = 20;

/** A range field's name in the interface language: a metric's, or the attribute's own name. */
export function rangeFieldLabel(field: string, t: Messages): string {
  if (field.startsWith(RANGE_ATTRIBUTE_PREFIX)) return field.slice(RANGE_ATTRIBUTE_PREFIX.length);
  return t.filtersExtra.fieldNames[field] ?? field;
}

export function ExtraFilters({ model }: { model: ExplorerModel }) {
  const { graph, view, dispatch, facets, i18n, metrics, weights } = model;
  const { t } = i18n;
  // A field chosen before its values are known (a metric being computed); it becomes a range once they are.
  const [chosen, setPending] = useState<string | null>(null);
  const ranges = filtersOf(view.filters, 'range');
  const pending = chosen && !ranges.some((range) => range.field === chosen) ? chosen : null;
  const shownFields = [...ranges.map((range) => range.field), ...(pending ? [pending] : [])];
  const shownKey = shownFields.join('\n');
  const histograms = useMemo(() => {
    const result = new Map<
      string,
      { values: number[] | null; histogram: ReturnType<typeof makeHistogram> }
    >();
    for (const field of shownKey ? shownKey.split('\n') : []) {
      const values = fieldValues(graph, field, metrics.results);
      result.set(field, { values, histogram: values ? makeHistogram(values, HISTOGRAM_BINS) : null });
    }
    return result;
  }, [graph, metrics.results, shownKey]);

  // A field added before its values were known becomes a range over all of them once they are.
  const pendingHistogram = pending ? histograms.get(pending)?.histogram : null;
  useEffect(() => {
    if (!pending || !pendingHistogram) return;
    const { min, max } = roundRangeOutward(pendingHistogram.min, pendingHistogram.max);
    dispatch(setRange(pending, min, max));
  }, [pending, pendingHistogram, dispatch]);

  const onAdd = (field: string) => {
    const values = fieldValues(graph, field, metrics.results);
    const histogram = values ? makeHistogram(values, HISTOGRAM_BINS) : null;
    if (histogram) {
      const { min, max } = roundRangeOutward(histogram.min, histogram.max);
      return dispatch(setRange(field, min, max));
    }
    setPending(field);
    if (!values && isMetricId(field) && metrics.status !== 'computing') metrics.compute([field]);
  };

  const active: RangeFieldView[] = shownFields.map((field) => {
    const entry = ranges.find((range) => range.field === field);
    const { values = null, histogram = null } = histograms.get(field) ?? {};
    return {
      field,
      label: rangeFieldLabel(field, t),
      histogram,
      empty: values !== null && values.length === 0,
      integer: values !== null && values.every(Number.isInteger),
      min: entry?.min ?? histogram?.min ?? 0,
      max: entry?.max ?? histogram?.max ?? 0,
    };
  });
  const stageFilter = stageOf(view);
  const edgeFacetFilters = filtersOf(view.filters, 'edgeFacet');
  return (
    <>
      {facets.stages.length > 0 && (
        <StageFilter
          stages={facets.stages}
          stage={stageFilter}
          onChange={(stage) => dispatch(setStage(stage))}
        />
      )}
      <EdgeFacetFilters
        groups={facets.edgeFacets}
        hidden={(attribute) => edgeFacetFilters.find((f) => f.attribute === attribute)?.hidden ?? []}
        onToggle={(attribute, value) => {
          const order =
            facets.edgeFacets.find((g) => g.facet === attribute)?.options.map((o) => o.value) ?? [];
          dispatch(toggleEdgeFacetValue(attribute, value, order));
        }}
      />
      <RangeFilters
        fields={facets.rangeFields.map((field) => ({ id: field.id, label: rangeFieldLabel(field.id, t) }))}
        active={active}
        onAdd={onAdd}
        onChange={(field, min, max) => dispatch(setRange(field, min, max))}
        onRemove={(field) => {
          if (field === pending) setPending(null);
          dispatch(removeRange(field));
        }}
      />
      {weights.attributes.length > 0 && (
        <WeightControls
          attributes={weights.attributes}
          attribute={weights.attribute}
          onAttribute={weights.setAttribute}
          thickness={weights.thickness}
          onThickness={weights.setThickness}
        />
      )}
    </>
  );
}
