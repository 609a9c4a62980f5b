// The legend: what node colours mean (kinds, communities or categories) with counts, and each relation's colour.
import { ATTRIBUTE_PREFIX, NO_KIND, type LegendEntry } from '../style/encoding';
import type { CommunityCentres } from '../model/metrics/communityCentres';
import { communityName } from './communityName';
import type { FacetOption } from './FiltersPanel';
import { useAutoColourBy } from './AutoColourContext';
import { RELATION_FAMILIES, RELATION_FAMILY_COLORS, relationFamily } from '../style/relationFamilies';
import './canvasView.css';
import { useI18n } from './i18n/I18nContext';
import type { I18n } from './i18n/makeI18n';

export interface LegendPanelProps {
  /** What the colours encode now: "kind", "louvain" or "attr:<name>". */
  colourBy: string;
  entries: readonly LegendEntry[];
  relations: FacetOption[];
  /** Each community's most central member, which names it ("Community of Shanghai"). */
  communityCentres?: CommunityCentres | null | undefined;
}

/** What the colours encode, in the interface language ("Kind", "Louvain community", or the attribute's name). */
export function legendTitle(colourBy: string, i18n: I18n): string {
  if (colourBy === 'kind') return i18n.t.kind;
  if (colourBy === 'louvain') return i18n.t.analysis.encodings.louvain;
  return colourBy.startsWith(ATTRIBUTE_PREFIX) ? colourBy.slice(ATTRIBUTE_PREFIX.length) : colourBy;
}

/** One legend entry's name: a kind's plural, "Community 3", "Other", or an attribute value as it is. */
export function legendLabel(
  entry: LegendEntry,
  colourBy: string,
  i18n: I18n,
  centres?: CommunityCentres | null,
): string {
  const { t } = i18n;
  if (entry.other) return t.otherCategory;
  if (colourBy === 'louvain') return communityName(Number(entry.value), i18n, centres);
  if (colourBy !== 'kind') return entry.value;
  if (entry.value !== NO_KIND) return i18n.kindPlural(entry.value);
  return entry.color ? t.noKind : t.noKindFileColours;
}

/** Relations grouped by family (edges are coloured by family), in family order; others keep their own colour. */
function groupByFamily(relations: readonly FacetOption[]) {
  const groups = RELATION_FAMILIES.map((family) => ({
    family: family as string | null,
    color: RELATION_FAMILY_COLORS[family] as string | undefined,
    relations: relations.filter((relation) => relationFamily(relation.value) === family),
  }));
  groups.push({
    family: null,
    color: undefined,
    relations: relations.filter((relation) => relationFamily(relation.value) === null),
  });
  return groups.filter((group) => group.relations.length > 0);
}

export function LegendPanel({ colourBy, entries, relations, communityCentres }: LegendPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const automatic = useAutoColourBy() === colourBy;
  return (
    <section className="legend-panel" aria-label={t.legend}>
      <h2>{t.legendTitle(legendTitle(colourBy, i18n))}</h2>
      {automatic && <p className="help">{t.autoColouredBy(legendTitle(colourBy, i18n))}</p>}
      <ul className="legend-kinds">
        {entries.map((entry) => (
          <li key={`${entry.other ? 'other:' : ''}${entry.value}`}>
            {entry.color && (
              <span className="kind-dot" style={{ background: entry.color }} aria-hidden="true" />
            )}{' '}
            {legendLabel(entry, colourBy, i18n, communityCentres)}{' '}
            <span className="facet-count">{entry.count}</span>
          </li>
        ))}
      </ul>
      {relations.length > 0 && (
        <details>
          <summary>
            {t.relationsSummary} ({relations.length})
          </summary>
          <ul className="legend-relations">
            {groupByFamily(relations).map((group) =>
              group.family === null ? (
                group.relations.map((relation) => (
                  <li key={relation.value}>
                    <span className="edge-swatch" style={{ background: relation.color }} aria-hidden="true" />{' '}
                    {relation.label} <span className="facet-count">{relation.count}</span>
                  </li>
                ))
              ) : (
                <li key={group.family} className="legend-family">
                  <span className="edge-swatch" style={{ background: group.color }} aria-hidden="true" />{' '}
                  {t.canvasView.relationFamilies[group.family as keyof typeof t.canvasView.relationFamilies]}
                  <ul>
                    {group.relations.map((relation) => (
                      <li key={relation.value}>
                        {relation.label} <span className="facet-count">{relation.count}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ),
            )}
          </ul>
        </details>
      )}
    </section>
  );
}
