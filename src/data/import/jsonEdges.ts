// A graphology JSON file's edges, read in order and part by part: keys given, allocated or renumbered, ends checked.
import { DuplicateEdgeIds, EdgeEndResolver } from './edgeEnds';
import type { ImportContext } from './importContext';
import type { RawEdge, RawNode } from './importTypes';
import type { SerializedGraphInput } from './jsonSchema';
import { makeKeyAllocator } from './makeKeyAllocator';

export type SerializedEdgeInput = NonNullable<SerializedGraphInput['edges']>[number];

export interface JsonEdgeReader {
  /** Reads up to `count` more edges (none once all are read); skipped edges (unknown ends) are left out. */
  read(count: number): RawEdge[];
  /** After the last edge: reports renumbered ids and skipped edges, and adds the nodes created for missing ends. */
  finish(nodes: RawNode[]): void;
}

/**
 * Reads `edges` in order. An edge without a key gets one no other edge has ("e0", …); a key used before is
 * renumbered ("x" → "x_2"). Both need every key of the file, collected only when the first such edge is met, so a
 * file whose edges all have distinct keys never builds that set. `endsKnown`: the caller has checked that every
 * edge's ends are nodes (the reader then skips that check); `undirected`: every edge is read as undirected.
 */
export function createJsonEdgeReader(
  edges: readonly SerializedEdgeInput[],
  context: ImportContext,
  isNode: (key: string) => boolean,
  { endsKnown, undirected }: { endsKnown: boolean; undirected: boolean },
): JsonEdgeReader {
  let everyKey: Set<string> | undefined;
  const allKeys = () => {
    if (!everyKey) {
      everyKey = new Set<string>();
      for (const edge of edges) if (edge.key !== undefined) everyKey.add(String(edge.key));
    }
    return everyKey;
  };
  let allocate: (() => string) | undefined;
  let duplicates: DuplicateEdgeIds | undefined;
  const seen = new Set<string>();
  const ends = endsKnown ? null : new EdgeEndResolver(context, isNode);
  let next = 0;
  return {
    read(count) {
      const end = Math.min(edges.length, next + count);
      const part: RawEdge[] = [];
      for (let index = next; index < end; index++) {
        const edge = edges[index]!;
        let key: string;
        if (edge.key === undefined) key = (allocate ??= makeKeyAllocator(allKeys()))();
        else {
          key = String(edge.key);
          if (!seen.has(key)) seen.add(key);
          else key = (duplicates ??= new DuplicateEdgeIds(context, allKeys())).renumber(key, () => undefined);
        }
        const source = String(edge.source);
        const target = String(edge.target);
        const name = edge.key === undefined ? `edges[${index}]` : key;
        if (ends && !ends.keep(source, target, () => ({ edge: name }))) continue;
        part.push({
          key,
          source,
          target,
          undirected: undirected || edge.undirected === true,
          attributes: edge.attributes ?? {},
        });
      }
      next = end;
      return part;
    },
    finish(nodes) {
      duplicates?.finish();
      ends?.finish(nodes);
    },
  };
}
