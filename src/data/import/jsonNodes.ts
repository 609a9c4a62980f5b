// A graphology JSON file's nodes, read in order: keys as strings, each key once, and where each first appears.
import { makeFormatError, type ImportContext } from './importContext';
import type { RawNode } from './importTypes';
import type { SerializedGraphInput } from './jsonSchema';

/** The nodes, and each key's index in the file; a repeated key is an error naming both places. */
export function readJsonNodes(graph: Pick<SerializedGraphInput, 'nodes'>, context: ImportContext) {
  const nodes: RawNode[] = [];
  const firstIndex = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    const key = String(node.key);
    const previous = firstIndex.get(key);
    if (previous !== undefined) {
      throw makeFormatError(
        context,
        `nodes[${index}].key "${key}" is a duplicate of nodes[${previous}].key`,
        {
          element: `nodes[${index}]`,
          id: key,
        },
      );
    }
    firstIndex.set(key, index);
    nodes.push({ key, attributes: node.attributes ?? {} });
  });
  return { nodes, firstIndex };
}
