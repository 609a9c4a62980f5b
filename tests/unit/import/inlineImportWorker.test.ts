// The inline import worker: a small file is imported on this thread through the worker's protocol, errors included.
import { describe, expect, it } from 'vitest';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import { importInWorker } from '../../../src/data/import/importInWorker';
import { createInlineImportWorker } from '../../../src/data/import/inlineImportWorker';

const CSV = 'source,target\na,b\nb,c\na,b\n';

describe('inline import worker', () => {
  it('builds the same graph as the worker would, parallel edges numbered, and reports progress', async () => {
    const stages: string[] = [];
    const { graph } = await importInWorker(
      { name: 'edges.csv', text: CSV },
      { createWorker: createInlineImportWorker, onProgress: (progress) => stages.push(progress.stage) },
    );
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    // The two a→b edges are numbered as parallel (drawn curved), as the worker numbers them.
    for (const edge of graph.edges('a', 'b'))
      expect(graph.getEdgeAttribute(edge, 'parallelMaxIndex')).toBeGreaterThan(0);
    expect(stages).toContain('parsing');
    expect(stages.at(-1)).toBe('building');
  });

  it('rejects a broken file with the importer’s own message', async () => {
    const attempt = importInWorker(
      { name: 'broken.json', text: '{"nodes": [' },
      { createWorker: createInlineImportWorker },
    );
    await expect(attempt).rejects.toBeInstanceOf(GraphImportError);
    await expect(attempt).rejects.toThrow(/line 1/i);
  });

  it('stops delivering once aborted', async () => {
    const controller = new AbortController();
    const attempt = importInWorker(
      { name: 'edges.csv', text: CSV },
      { createWorker: createInlineImportWorker, signal: controller.signal },
    );
    controller.abort();
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
  });
});
