// The status line: "N of M nodes · E of F edges", and what is selected.
export interface StatusLineProps {
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  totalEdges: number;
  selection?: string | null;
}

export function formatStatus({ visibleNodes, totalNodes, visibleEdges, totalEdges, selection }: StatusLineProps): string {
  const counts = `${visibleNodes} of ${totalNodes} nodes · ${visibleEdges} of ${totalEdges} edges`;
  return selection ? `${counts} · selected: ${selection}` : counts;
}

export function StatusLine(props: StatusLineProps) {
  return (
    <div className="status-line" role="status" aria-live="polite">
      {formatStatus(props)}
    </div>
  );
}
