// The sidebar's filters, evidence filter and legend: loaded and mounted once the graph is drawn.
import { PROVINCE_FACET } from '../../model/facets';
import { filtersOf } from '../../state/filterList';
import {
  resetFilters,
  setEvidenceParagraphs,
  setFacetMode,
  toggleFacetValue,
  toggleKind,
  toggleRelation,
} from '../../state/updates';
import { EvidenceFilter } from '../../ui/EvidenceFilter';
import { FiltersPanel } from '../../ui/FiltersPanel';
import { LegendPanel } from '../../ui/LegendPanel';
import { makeEvidencePresets } from './explorerModel';
import { ExtraFilters } from './ExtraFilters';
import type { ExplorerModel } from './useExplorerModel';

export function SidebarFilters({ model }: { model: ExplorerModel }) {
  const { view, dispatch, context, localFacets, i18n, dataset } = model;
  const facetIds = context.facets.map((facet) => facet.facet);
  const valuesOf = (facet: string) => context.facets.find((f) => f.facet === facet)?.values;
  return (
    <>
      <FiltersPanel
        facetGroups={localFacets.groups}
        kinds={localFacets.kinds}
        relations={localFacets.relations}
        filters={view.filters}
        provinceFacet={localFacets.groups[0]?.facet === PROVINCE_FACET}
        onToggleFacet={(facet, value) => dispatch(toggleFacetValue(facet, value, valuesOf(facet)))}
        onFacetMode={(mode) => dispatch(setFacetMode(mode, facetIds))}
        onToggleKind={(value) => dispatch(toggleKind(value, context.kinds))}
        onToggleRelation={(value) => dispatch(toggleRelation(value, context.relations))}
        onReset={() => dispatch(resetFilters())}
      />
      <ExtraFilters model={model} />
      {dataset.source && (
        <EvidenceFilter
          paragraphCount={dataset.source.paragraphs.length}
          selected={filtersOf(view.filters, 'evidence')[0]?.paragraphs ?? []}
          presets={makeEvidencePresets(i18n.t)}
          onChange={(paragraphs) => dispatch(setEvidenceParagraphs(paragraphs))}
        />
      )}
      <LegendPanel
        colourBy={model.encoding.colourBy}
        entries={model.encoding.colourLegend}
        relations={localFacets.relations}
        communityCentres={model.communityCentres}
      />
    </>
  );
}
