// The canvas's text alternative: what the graph shows, how much of it, and what is selected, for screen readers.

export interface GraphDescriptionProps {
  id: string;
  datasetTitle: string;
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  selection: string | null;
  /** How many relations the selected node has, when a node is selected. */
  selectionRelations?: number | null;
}

export function describeGraph(props: Omit<GraphDescriptionProps, 'id'>): string {
  const parts = [
    `Network graph of ${props.datasetTitle}.`,
    `It shows ${props.visibleNodes} of ${props.totalNodes} entities and ${props.visibleEdges} relations.`,
  ];
  if (props.selection) {
    const relations = props.selectionRelations != null ? ` with ${props.selectionRelations} relations` : '';
    parts.push(`Selected: ${props.selection}${relations}. The Details panel lists them.`);
  } else {
    parts.push('Nothing is selected. The Table panel lists every entity and relation shown.');
  }
  return parts.join(' ');
}

export function GraphDescription({ id, ...props }: GraphDescriptionProps) {
  return (
    <p id={id} className="visually-hidden">
      {describeGraph(props)}
    </p>
  );
}
