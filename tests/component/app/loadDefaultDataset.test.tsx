// loadDefaultDataset: takes the files the early entry already read, else fetches them; says which file failed.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import graphUrl from '../../../graph-data/yrd-2025.graph.json?url';
import mentionsUrl from '../../../graph-data/yrd-2025.mentions.json?url';
import sourceUrl from '../../../graph-data/sources/yrd-2025-key-leaders-symposium.txt?url';
import type { EarlyRead } from '../../../src/app/earlyReads';
import { loadDefaultDataset } from '../../../src/app/loadDefaultDataset';

const absolute = (url: string) => new URL(url, window.location.href).href;
const GRAPH = JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')) as { nodes: unknown[] };
const MENTIONS = JSON.parse(readFileSync('graph-data/yrd-2025.mentions.json', 'utf8')) as unknown;
const SOURCE = readFileSync('graph-data/sources/yrd-2025-key-leaders-symposium.txt', 'utf8');

const read = (body: unknown): Promise<EarlyRead> => Promise.resolve({ ok: true, status: 200, body });

describe('loadDefaultDataset', () => {
  afterEach(() => {
    delete window.yrdEarlyReads;
    vi.unstubAllGlobals();
  });

  it('uses the files the early entry read, without fetching them again', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    window.yrdEarlyReads = {
      [absolute(graphUrl)]: read(GRAPH),
      [absolute(mentionsUrl)]: read(MENTIONS),
      [absolute(sourceUrl)]: read(SOURCE),
    };
    const dataset = await loadDefaultDataset();
    expect(dataset.graph.order).toBe(GRAPH.nodes.length);
    expect(dataset.source?.paragraphs.length).toBeGreaterThan(10);
    expect(dataset.mentions).toEqual(MENTIONS);
    expect(fetchSpy).not.toHaveBeenCalled();
    // Each early read is taken once: nothing is left for a second load.
    expect(window.yrdEarlyReads).toEqual({});
  });

  it('names the file whose early download failed, with its HTTP status', async () => {
    vi.stubGlobal('fetch', vi.fn());
    window.yrdEarlyReads = {
      [absolute(graphUrl)]: read(GRAPH),
      [absolute(mentionsUrl)]: Promise.resolve({ ok: false, status: 404 }),
      [absolute(sourceUrl)]: read(SOURCE),
    };
    await expect(loadDefaultDataset()).rejects.toThrow(
      "Could not load the default dataset's mentions index: HTTP 404",
    );
  });

  it('fetches the files itself when the early entry did not run', async () => {
    const bodies = new Map<string, string>([
      [absolute(graphUrl), JSON.stringify(GRAPH)],
      [absolute(mentionsUrl), JSON.stringify(MENTIONS)],
      [absolute(sourceUrl), SOURCE],
    ]);
    const fetchSpy = vi.fn(async (href: string) =>
      bodies.has(href) ? new Response(bodies.get(href)) : new Response('', { status: 500 }),
    );
    vi.stubGlobal('fetch', fetchSpy);
    const dataset = await loadDefaultDataset();
    expect(dataset.graph.order).toBe(GRAPH.nodes.length);
    expect(fetchSpy).toHaveBeenCalledTimes(3);
    bodies.delete(absolute(sourceUrl));
    await expect(loadDefaultDataset()).rejects.toThrow(
      "Could not load the default dataset's source text: HTTP 500",
    );
  });
});
