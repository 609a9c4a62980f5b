// The province filter rule: which nodes a province (or several, in union or shared-by-all mode) brings into view.
import type Graph from 'graphology';

/** Help text shown next to the Province filter; it states the rule implemented below. */
export const PROVINCE_RULE_HELP =
  'A province shows itself, the leaders who hold office there, and everything the province and those leaders are ' +
  'directly linked to (pledges, programs, regions, themes, the meeting and the Yangtze River Delta itself). ' +
  '"Any" shows the union of the chosen provinces; "All" shows only what every chosen province shares.';

/**
 * The scope of one province: the province P, the leaders L with an edge `holds_office` to P, and every direct
 * neighbour (either direction) of P and of each leader in L. Returns node keys, sorted.
 */
export function provinceScope(graph: Graph, province: string): string[] {
  if (!graph.hasNode(province)) throw new Error(`model/provinceScope: unknown province "${province}"`);
  const scope = new Set<string>([province]);
  const leaders: string[] = [];
  graph.forEachInEdge(province, (_edge, attributes, source) => {
    if (attributes.relation === 'holds_office') leaders.push(source);
  });
  for (const centre of [province, ...leaders]) {
    scope.add(centre);
    graph.forEachNeighbor(centre, (neighbour) => scope.add(neighbour));
  }
  return [...scope].sort();
}
