// CLI: compiles a dataset folder (default graph-data/yrd-2025) into <name>.graph.json and <name>.mentions.json.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { compileDataset, serializeCompiledDataset } from '../src/data/compileDataset';
import { countBy } from '../src/data/countBy';
import { readDataset } from './lib/readDataset';

function main(): void {
  const { location, input } = readDataset(process.argv[2]);
  let compiled;
  try {
    compiled = compileDataset(input);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const { graphJson, mentionsJson } = serializeCompiledDataset(compiled);
  writeFileSync(location.graphPath, graphJson);
  writeFileSync(location.mentionsPath, mentionsJson);

  const { nodes, edges } = compiled.graph;
  console.log(
    `Wrote ${relative(process.cwd(), location.graphPath)} and ${relative(process.cwd(), location.mentionsPath)}`,
  );
  console.log(`${nodes.length} nodes by kind:`);
  for (const [kind, count] of countBy(nodes, (node) => node.attributes?.kind ?? '?'))
    console.log(`  ${kind.padEnd(22)} ${count}`);
  console.log(`${edges.length} edges by relation:`);
  for (const [relation, count] of countBy(edges, (edge) => edge.attributes?.relation ?? '?'))
    console.log(`  ${relation.padEnd(22)} ${count}`);
  const neighbours = new Map(nodes.map((node) => [node.key, new Set<string>()]));
  const degree = new Map(nodes.map((node) => [node.key, 0]));
  for (const { source, target } of edges) {
    neighbours.get(source)?.add(target);
    neighbours.get(target)?.add(source);
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const [hub, hubDegree] = [...degree].sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
  const leaves = [...neighbours].filter(([, set]) => set.size === 1).map(([key]) => key);
  console.log(`Largest degree: ${hub} (${hubDegree} edges)`);
  console.log(`${leaves.length} nodes with a single neighbour: ${leaves.join(', ')}`);
}

main();
