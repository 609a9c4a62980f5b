// The comparison rule: which nodes a province is directly linked to, and by which edges (its evidence).
import type Graph from 'graphology';
import { provinceCentres } from '../provinceScope';

export { provinceCentres };

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
