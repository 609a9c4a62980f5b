// importGraphOnDemand: the same results and errors as importGraph, with only the file's own reader loaded.
import { describe, expect, it } from 'vitest';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import { importGraph } from '../../../src/data/import/importGraph';
import { importGraphOnDemand } from '../../../src/data/import/importGraphOnDemand';
import type { ImportInput } from '../../../src/data/import/importTypes';
import { readFixture } from './importTestHelpers';

async function errorOf(run: () => unknown): Promise<GraphImportError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphImportError);
    return error as GraphImportError;
  }
  throw new Error('expected an import error');
}

const fixture = (name: string): ImportInput => ({ name, text: readFixture(name) });

describe('importGraphOnDemand', () => {
  it('reads every format as importGraph does', async () => {
    const inputs: ImportInput[] = [
      fixture('gephi-yrd-rail.gexf'),
      fixture('yed.graphml'),
      fixture('graph.json'),
      { ...fixture('gephi-edges.csv'), nodesCsv: fixture('gephi-nodes.csv') },
    ];
    for (const input of inputs) expect(await importGraphOnDemand(input)).toEqual(importGraph(input));
  });

  it('explains a JSON file that is not a serialized graph exactly as importGraph does (loading zod for it)', async () => {
    const text = JSON.stringify({ nodes: [{ key: 'a' }, { label: 'no key' }], edges: [{ source: 'a' }] });
    const input = { name: 'broken.json', text };
    const eager = await errorOf(() => importGraph(input));
    const lazy = await errorOf(() => importGraphOnDemand(input));
    expect(lazy.message).toBe(eager.message);
    expect(lazy.message).toMatch(/nodes\[1\]\.key is missing \(and 1 more problem\)/);
    expect(lazy).toMatchObject({ format: 'json', location: eager.location });
  });

  it('reports what no reader can read as importGraph does: unknown XML, a web page, an empty file', async () => {
    const inputs: ImportInput[] = [
      { name: 'page.xml', text: '<?xml version="1.0"?><html></html>' },
      fixture('spa-404.html'),
      { name: 'empty.gexf', text: '' },
    ];
    for (const input of inputs) {
      const eager = await errorOf(() => importGraph(input));
      expect((await errorOf(() => importGraphOnDemand(input))).message).toBe(eager.message);
    }
  });
});
