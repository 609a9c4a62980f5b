// The status line: "N of M nodes · E of F edges", and what is selected.
export interface StatusLineProps {
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  totalEdges: number;
  selection?: string | null;
  /** A paragraph the graph is focused on. */
  focusParagraph?: number | null;
}

export function formatStatus(props: StatusLineProps): string {
  const { visibleNodes, totalNodes, visibleEdges, totalEdges, selection, focusParagraph } = props;
  const parts = [`${visibleNodes} of ${totalNodes} nodes · ${visibleEdges} of ${totalEdges} edges`];
  if (focusParagraph) parts.push(`focused on paragraph ${focusParagraph}`);
  if (selection) parts.push(`selected: ${selection}`);
  return parts.join(' · ');
}

export function StatusLine(props: StatusLineProps) {
  return (
    <div className="status-line" role="status" aria-live="polite">
      {formatStatus(props)}
    </div>
  );
}
