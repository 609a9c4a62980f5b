// The words framing an exported picture: the dataset's title, the active filters, the colour legend and the credit.
import type { FilterEntry } from '../../model/filters/types';
import type { CommunityCentres } from '../../model/metrics/communityCentres';
import type { PictureCaption } from '../../render';
import type { LegendEntry } from '../../style/encoding';
import type { I18n } from '../../ui/i18n/makeI18n';
import { legendLabel } from '../../ui/LegendPanel';
import type { Facets } from './facets';

/** One short phrase per active filter (and the paragraph focus), e.g. "shared by all of Zhejiang, Anhui". */
export function describeFilters(
  filters: readonly FilterEntry[],
  focusParagraph: number | null,
  facets: Facets,
  i18n: I18n,
): string[] {
  const { takeaway } = i18n.t;
  const phrases: string[] = [];
  for (const filter of filters) {
    if (filter.type === 'facet' && filter.values.length > 0) {
      const options = facets.groups.find((group) => group.facet === filter.facet)?.options ?? [];
      const names = filter.values.map((value) => options.find((o) => o.value === value)?.label ?? value);
      phrases.push(takeaway.filterProvinces(names.join(', '), filter.mode === 'all'));
    } else if (filter.type === 'hiddenKinds' && filter.kinds.length > 0) {
      phrases.push(takeaway.filterHiddenKinds(filter.kinds.map((kind) => i18n.kindPlural(kind)).join(', ')));
    } else if (filter.type === 'hiddenRelations' && filter.relations.length > 0) {
      phrases.push(takeaway.filterHiddenRelations(filter.relations.length));
    } else if (filter.type === 'evidence' && filter.paragraphs.length > 0) {
      phrases.push(takeaway.filterEvidence(filter.paragraphs.join(', ')));
    } else if (filter.type === 'ego') {
      phrases.push(takeaway.filterEgo(filter.depth));
    }
  }
  if (focusParagraph !== null) phrases.push(takeaway.filterParagraph(focusParagraph));
  return phrases;
}

export interface PictureCaptionInput {
  title: string;
  sourceTitle: string | null;
  filters: readonly FilterEntry[];
  focusParagraph: number | null;
  /** Facets labelled in the interface language. */
  facets: Facets;
  colourBy: string;
  legend: readonly LegendEntry[];
  communityCentres: CommunityCentres | null;
}

export function makePictureCaption(input: PictureCaptionInput, i18n: I18n): PictureCaption {
  const { takeaway } = i18n.t;
  const phrases = describeFilters(input.filters, input.focusParagraph, input.facets, i18n);
  return {
    title: input.title,
    filters: phrases.length > 0 ? takeaway.imageFilters(phrases.join('; ')) : takeaway.imageNoFilters,
    legend: input.legend
      .filter((entry) => entry.color !== '')
      .map((entry) => ({
        label: legendLabel(entry, input.colourBy, i18n, input.communityCentres),
        color: entry.color,
      })),
    credit: input.sourceTitle ? takeaway.imageCredit(input.sourceTitle) : takeaway.imageCreditNoSource,
  };
}
