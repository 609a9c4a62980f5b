// The province filter rule: which nodes a province brings into view (ui/i18n `provinceRuleHelp` states it).
import type Graph from 'graphology';

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
