// The province filter rule: which nodes a province (or several, in union or shared-by-all mode) brings into view.
import type Graph from 'graphology';

/** Help text shown next to the Province filter; it states the rule implemented below. */
export const PROVINCE_RULE_HELP =
  'A province shows itself, its Party committee, the leaders who hold office in either, and everything they are ' +
  'directly linked to (pledges, programs, regions, themes, the meeting and the Yangtze River Delta itself). ' +
  '"Any" shows the union of the chosen provinces; "All" shows only what every chosen province shares.';

/**
 * The nodes that speak for a province: the province P, the bodies with a `party_committee_of` edge to P, and the
 * leaders with a `holds_office` edge to P or to one of those bodies (one edge per office: a Party secretary holds
 * office in the committee, a governor in the province). In that order, without repeats.
 */
export function provinceCentres(graph: Graph, province: string): string[] {
  if (!graph.hasNode(province)) throw new Error(`model/provinceScope: unknown province "${province}"`);
  const centres = [province];
  const addSources = (node: string, relation: string) =>
    graph.forEachInEdge(node, (_edge, attributes, source) => {
      if (attributes.relation === relation && !centres.includes(source)) centres.push(source);
    });
  addSources(province, 'party_committee_of');
  for (const body of centres.slice(1)) addSources(body, 'holds_office');
  addSources(province, 'holds_office');
  return centres;
}

/**
 * The scope of one province: its centres (`provinceCentres`) and every direct neighbour (either direction) of each
 * centre. Returns node keys, sorted.
 */
export function provinceScope(graph: Graph, province: string): string[] {
  const scope = new Set<string>();
  for (const centre of provinceCentres(graph, province)) {
    scope.add(centre);
    graph.forEachNeighbor(centre, (neighbour) => scope.add(neighbour));
  }
  return [...scope].sort();
}
