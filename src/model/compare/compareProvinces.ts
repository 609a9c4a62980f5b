// What two provinces share and what is unique to each, within their province scopes (the Province filter's rule).
import type Graph from 'graphology';
import { summarizeNode, type NodeSummary } from '../describe';
import { provinceScope } from '../provinceScope';

export interface ProvinceComparison {
  shared: NodeSummary[];
  onlyA: NodeSummary[];
  onlyB: NodeSummary[];
}

/** Kinds compared by default: the policy content of the scopes, not the people, meetings or bodies. */
export const DEFAULT_COMPARE_KINDS: readonly string[] = ['theme', 'program', 'region'];

/**
 * Splits the nodes of the kinds in the two provinces' scopes (`provinceScope`: the province, its office-holding
 * leaders and their direct neighbours) into shared, only in A's and only in B's. The two provinces themselves are
 * left out. Each list is ordered by the position of its kind in `kinds`, then by label.
 */
export function compareProvinces(
  graph: Graph,
  a: string,
  b: string,
  kinds: readonly string[] = DEFAULT_COMPARE_KINDS,
): ProvinceComparison {
  const pick = (province: string) =>
    new Set(
      provinceScope(graph, province).filter(
        (key) => key !== a && key !== b && kinds.includes(String(graph.getNodeAttribute(key, 'kind'))),
      ),
    );
  const scopeA = pick(a);
  const scopeB = pick(b);
  const order = (keys: string[]) =>
    keys
      .map((key) => summarizeNode(graph, key))
      .sort(
        (x, y) =>
          kinds.indexOf(x.kind) - kinds.indexOf(y.kind) ||
          x.label.localeCompare(y.label, undefined, { sensitivity: 'base' }) ||
          x.key.localeCompare(y.key),
      );
  return {
    shared: order([...scopeA].filter((key) => scopeB.has(key))),
    onlyA: order([...scopeA].filter((key) => !scopeB.has(key))),
    onlyB: order([...scopeB].filter((key) => !scopeA.has(key))),
  };
}
