// The default dataset's files in the build (the YRD graph, its mentions index and its source report), by address.
import graphUrl from '../../graph-data/yrd-2025.graph.json?url';
import mentionsUrl from '../../graph-data/yrd-2025.mentions.json?url';
import sourceUrl from '../../graph-data/sources/yrd-2025-key-leaders-symposium.txt?url';

export const DEFAULT_DATASET_URLS = { graph: graphUrl, mentions: mentionsUrl, source: sourceUrl } as const;
export const DEFAULT_DATASET_FILES: readonly string[] = Object.values(DEFAULT_DATASET_URLS);
