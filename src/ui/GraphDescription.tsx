// The canvas's text alternative: what the graph shows, how much of it, and what is selected, for screen readers.
import { useI18n } from './i18n/I18nContext';
import type { Messages } from './i18n/messages';

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

export function describeGraph(props: Omit<GraphDescriptionProps, 'id'>, t: Messages): string {
  const words = t.graphDescription;
  const shows = words.shows(props.datasetTitle, props.visibleNodes, props.totalNodes, props.visibleEdges);
  const selection = props.selection
    ? words.selected(props.selection, props.selectionRelations ?? null)
    : words.nothingSelected;
  return `${shows} ${selection}`;
}

export function GraphDescription({ id, ...props }: GraphDescriptionProps) {
  const { t } = useI18n();
  return (
    <p id={id} className="visually-hidden">
      {describeGraph(props, t)}
    </p>
  );
}
