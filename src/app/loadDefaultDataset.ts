// Startup: the embedded default dataset (the YRD graph, its source report and mentions) from the build's assets.
import graphUrl from '../../graph-data/yrd-2025.graph.json?url';
import mentionsUrl from '../../graph-data/yrd-2025.mentions.json?url';
import sourceUrl from '../../graph-data/sources/yrd-2025-key-leaders-symposium.txt?url';
import { splitParagraphs } from '../data/paragraphs';
import type { SerializedGraph } from 'graphology-types';
import type { MentionsIndex } from '../model/types';
import type { LoadedDataset } from './dataset';
import { takeEarlyRead } from './earlyReads';
import { prepareGraph } from './prepareGraph';

/** A file of the default dataset: as the early entry read it, else fetched now; its JSON parsed or its text. */
async function readFile(url: string, what: string, signal?: AbortSignal): Promise<unknown> {
  const href = new URL(url, window.location.href).href;
  const early = takeEarlyRead(href);
  const read = early
    ? await early
    : await fetch(href, signal ? { signal } : {}).then(async (response) => ({
        ok: response.ok,
        status: response.status,
        body: response.ok ? await (href.endsWith('.json') ? response.json() : response.text()) : undefined,
      }));
  if (!read.ok) throw new Error(`Could not load the default dataset's ${what}: HTTP ${read.status}`);
  return read.body;
}

export async function loadDefaultDataset(signal?: AbortSignal): Promise<LoadedDataset> {
  const [serialized, mentions, sourceText] = await Promise.all([
    readFile(graphUrl, 'graph', signal),
    readFile(mentionsUrl, 'mentions index', signal),
    readFile(sourceUrl, 'source text', signal),
  ]);
  const { graph } = prepareGraph(serialized as SerializedGraph);
  const title = String(graph.getAttribute('title') ?? 'Yangtze River Delta 2025');
  const titleZh: unknown = graph.getAttribute('titleZh');
  return {
    name: String(graph.getAttribute('name') ?? 'yrd-2025'),
    title,
    ...(typeof titleZh === 'string' ? { titleZh } : {}),
    graph,
    source: { title, paragraphs: splitParagraphs(String(sourceText)) },
    mentions: mentions as MentionsIndex,
    isDefault: true,
  };
}
