// The legend: each node kind with its colour and count, and each relation with its colour.
import type { FacetOption } from './FiltersPanel';

export interface LegendPanelProps {
  kinds: FacetOption[];
  relations: FacetOption[];
}

export function LegendPanel({ kinds, relations }: LegendPanelProps) {
  return (
    <section className="legend-panel" aria-label="Legend">
      <h2>Legend</h2>
      <ul className="legend-kinds">
        {kinds.map((kind) => (
          <li key={kind.value}>
            <span className="kind-dot" style={{ background: kind.color }} aria-hidden="true" /> {kind.label}{' '}
            <span className="facet-count">{kind.count}</span>
          </li>
        ))}
      </ul>
      <details>
        <summary>Relations ({relations.length})</summary>
        <ul className="legend-relations">
          {relations.map((relation) => (
            <li key={relation.value}>
              <span className="edge-swatch" style={{ background: relation.color }} aria-hidden="true" />{' '}
              {relation.label} <span className="facet-count">{relation.count}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
