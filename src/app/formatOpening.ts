// The "Opening <file>… <stage> <n>%" line shown while a graph opens, in the user's language.
import type { Messages } from '../ui/i18n/messages';
import type { OpeningState } from './useDatasetOpener';

export function formatOpening(opening: OpeningState, t: Messages): string {
  const { progress } = opening;
  const stage = t.stages[progress?.stage ?? 'reading'] ?? '';
  const percent = progress?.fraction === undefined ? null : Math.round(progress.fraction * 100);
  return t.opening(opening.name ?? t.theDefaultDataset, stage, percent);
}
