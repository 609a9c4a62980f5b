// The comparison rule: which nodes a province is directly linked to, and by which edges (its evidence).
import type Graph from 'graphology';

/** Help text for the comparison views; it states the rule implemented below (the Province filter's rule). */
export const PROVINCE_LINK_RULE_HELP =
  'A province is linked to a theme or program when the province itself, or a leader who holds office there, has a ' +
  'relation with it, in either direction (a pledge, an "applies to", an advocacy…). Each count is the number of ' +
  'such relations, each backed by a quote. Links through a second hop (a pledged program that addresses a theme) ' +
  'are not counted, so every count can be read off the report directly.';

/** The province and the leaders with a `holds_office` edge to it: the nodes that speak for the province. */
export function provinceCentres(graph: Graph, province: string): string[] {
  if (!graph.hasNode(province)) throw new Error(`model/compare: unknown province "${province}"`);
  const leaders: string[] = [];
  graph.forEachInEdge(province, (_edge, attributes, source) => {
    if (attributes.relation === 'holds_office' && !leaders.includes(source)) leaders.push(source);
  });
  return [province, ...leaders];
}

/**
 * Every node directly linked to the province or one of its office-holding leaders (any relation, either direction),
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
