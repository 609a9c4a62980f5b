// The dataset's citation string, in the interface language (the About dialog and the notebook's Markdown share it).
import type { Messages } from '../i18n/messages';

export interface CitedDataset {
  title: string;
  name: string;
  isDefault: boolean;
  version: string;
}

export function makeCitation(t: Messages, dataset: CitedDataset): string {
  return dataset.isDefault
    ? t.trust.citationDefault(dataset.title, dataset.name, dataset.version)
    : t.trust.citationImported(dataset.title, dataset.version);
}
