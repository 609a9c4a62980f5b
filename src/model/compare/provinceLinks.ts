// The comparison rule: which nodes a province is directly linked to, and by which edges (its evidence).
import type Graph from 'graphology';
import { provinceCentres } from '../provinceScope';

export { provinceCentres };

/** What a count of the comparison matrix means (its caption states it). */
export const MATRIX_COUNT_MEANING =
  'Each count is the number of distinct statements in the report behind the link, each backed by a quote: a pledge ' +
  'counts once, whoever spoke it, so a single pledge shows 1.';

/** Help text for the comparison views; it states the rule implemented below (the Province filter's rule). */
export const PROVINCE_LINK_RULE_HELP =
  'A province is linked to a theme or program when the province itself, its Party committee or a leader who holds ' +
  'office in either has a relation with it, in either direction (a pledge, an "applies to", an advocacy…). ' +
  MATRIX_COUNT_MEANING +
  ' Links through a second hop (a pledged program that addresses a theme) are not counted, so every count can be ' +
  'read off the report directly.';

/**
 * Every node directly linked to the province or one of its centres (`provinceCentres`; any relation, either direction),
 * with the keys of the supporting edges, in graph order. Same rule as `provinceScope`, minus the centres themselves.
 */
export function provinceLinks(graph: Graph, province: string): Map<string, string[]> {
  const centres = provinceCentres(graph, province);
  const links = new Map<string, string[]>();
  for (const centre of centres) {
    graph.forEachEdge(centre, (edge, _attributes, source, target) => {
      const other = source === centre ? target : source;
      if (centres.includes(other)) return;
      const edges = links.get(other);
      if (!edges) links.set(other, [edge]);
      else if (!edges.includes(edge)) edges.push(edge);
    });
  }
  return links;
}
