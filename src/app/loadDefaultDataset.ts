// Startup: fetch the embedded default dataset (the YRD graph, its source report and mentions) from the build's assets.
import graphUrl from '../../graph-data/yrd-2025.graph.json?url';
import mentionsUrl from '../../graph-data/yrd-2025.mentions.json?url';
import sourceUrl from '../../graph-data/sources/yrd-2025-key-leaders-symposium.txt?url';
import { splitParagraphs } from '../data/paragraphs';
import type { MentionsIndex } from '../model/types';
import type { LoadedDataset } from './dataset';
import { prepareGraph } from './prepareGraph';

async function fetchOk(url: string, what: string, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load the default dataset's ${what}: HTTP ${response.status}`);
  return response;
}

export async function loadDefaultDataset(signal?: AbortSignal): Promise<LoadedDataset> {
  const [graphResponse, mentionsResponse, sourceResponse] = await Promise.all([
    fetchOk(graphUrl, 'graph', signal),
    fetchOk(mentionsUrl, 'mentions index', signal),
    fetchOk(sourceUrl, 'source text', signal),
  ]);
  const serialized = await graphResponse.json();
  const { graph } = prepareGraph(serialized);
  const title = String(graph.getAttribute('title') ?? 'Yangtze River Delta 2025');
  const titleZh: unknown = graph.getAttribute('titleZh');
  return {
    name: String(graph.getAttribute('name') ?? 'yrd-2025'),
    title,
    ...(typeof titleZh === 'string' ? { titleZh } : {}),
    graph,
    source: { title, paragraphs: splitParagraphs(await sourceResponse.text()) },
    mentions: (await mentionsResponse.json()) as MentionsIndex,
    isDefault: true,
  };
}
