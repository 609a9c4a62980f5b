// Startup: fetch the embedded default dataset (the YRD graph, its source report and mentions) from the build's assets.
import { splitParagraphs } from '../data/paragraphs';
import type { MentionsIndex } from '../model/types';
import type { LoadedDataset } from './dataset';
import { DEFAULT_DATASET_URLS } from './defaultDatasetFiles';
import { prepareGraph } from './prepareGraph';

async function fetchOk(url: string, what: string, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load the default dataset's ${what}: HTTP ${response.status}`);
  return response;
}

export async function loadDefaultDataset(signal?: AbortSignal): Promise<LoadedDataset> {
  const [graphResponse, mentionsResponse, sourceResponse] = await Promise.all([
    fetchOk(DEFAULT_DATASET_URLS.graph, 'graph', signal),
    fetchOk(DEFAULT_DATASET_URLS.mentions, 'mentions index', signal),
    fetchOk(DEFAULT_DATASET_URLS.source, 'source text', signal),
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
