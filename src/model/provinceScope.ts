// The province filter rule: which nodes a province brings into view (ui/i18n `provinceRuleHelp` states it).
import type Graph from 'graphology';

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
