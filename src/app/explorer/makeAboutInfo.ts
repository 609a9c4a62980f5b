// The About dialog's data for a loaded dataset: counts, the source's size, the file's own metadata and the version.
import { graphMetadata, summarizeGraph } from '../../model/graphSummary';
import type { AboutInfo } from '../../ui/trust/AboutDialog';
import { APP_VERSION } from '../appVersion';
import type { LoadedDataset } from '../dataset';

/** Graph attributes that are the dataset's plumbing, not the file's description of itself. */
const NOT_METADATA = new Set(['name', 'source']);

export function makeAboutInfo(dataset: LoadedDataset): AboutInfo {
  const { graph, source } = dataset;
  return {
    title: dataset.title,
    name: dataset.name,
    isDefault: dataset.isDefault,
    source: source ? { title: source.title, paragraphs: source.paragraphs.length } : null,
    summary: summarizeGraph(graph),
    metadata: graphMetadata(graph).filter(([name]) => !NOT_METADATA.has(name)),
    version: APP_VERSION,
  };
}
