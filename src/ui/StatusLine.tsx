// The status line: "N of M nodes · E of F edges", what the graph is focused on, and what is selected.
import { useI18n } from './i18n/I18nContext';
import type { Messages } from './i18n/messages';

export interface StatusLineProps {
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  totalEdges: number;
  selection?: string | null;
  /** A paragraph the graph is focused on. */
  focusParagraph?: number | null;
}

export function formatStatus(props: StatusLineProps, t: Messages): string {
  const { visibleNodes, totalNodes, visibleEdges, totalEdges, selection, focusParagraph } = props;
  const parts = [t.status(visibleNodes, totalNodes, visibleEdges, totalEdges)];
  if (focusParagraph) parts.push(t.focusedOn(focusParagraph));
  if (selection) parts.push(t.selected(selection));
  return parts.join(' · ');
}

export function StatusLine(props: StatusLineProps) {
  const { t } = useI18n();
  return (
    <div className="status-line" role="status" aria-live="polite">
      {formatStatus(props, t)}
    </div>
  );
}
