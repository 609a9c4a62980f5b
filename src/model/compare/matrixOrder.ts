// The column order of a province matrix: targets shared by the most provinces first, then by name.
import type { NodeSummary } from '../describe';
import type { MatrixCell } from './provinceMatrix';

/** How many provinces each target is linked to (cells with a count above 0). */
export function countSharing(cells: readonly MatrixCell[]): Map<string, number> {
  const sharing = new Map<string, number>();
  for (const cell of cells) {
    if (cell.count > 0) sharing.set(cell.target, (sharing.get(cell.target) ?? 0) + 1);
  }
  return sharing;
}

/** Targets sorted by how many provinces share them (most first), then by label (case-insensitive), then by key. */
export function sortTargetsBySharing<T extends NodeSummary>(
  targets: readonly T[],
  sharing: ReadonlyMap<string, number>,
): T[] {
  return [...targets].sort(
    (a, b) =>
      (sharing.get(b.key) ?? 0) - (sharing.get(a.key) ?? 0) ||
      a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) ||
      a.key.localeCompare(b.key),
  );
}
