// The layering of a drawing made outside sigma (the SVG export): what is highlighted lies on top of the faded rest.

/** What decides an item's place: its zIndex and its program (sigma's `type`). */
export interface Drawn {
  type?: string;
  zIndex?: number;
}

/**
 * `items` from bottom to top: lower zIndex first; on equal zIndex, program by program in `programs` order (sigma
 * draws its programs in turn, which is how a large graph's plain lines lie under its highlighted edges: they all
 * have zIndex 0); then in the given (graph) order. Items without a type, or of a program not listed, come after the
 * listed programs' items of the same zIndex.
 */
export function inDrawingOrder<T extends Drawn>(items: readonly T[], programs: readonly string[] = []): T[] {
  const rank = (item: T) => {
    const index = item.type === undefined ? -1 : programs.indexOf(item.type);
    return index < 0 ? programs.length : index;
  };
  return items
    .map((item, order) => ({ item, order, program: rank(item), z: item.zIndex ?? 0 }))
    .sort((a, b) => a.z - b.z || a.program - b.program || a.order - b.order)
    .map(({ item }) => item);
}
