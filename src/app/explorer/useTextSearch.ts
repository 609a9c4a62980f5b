// Searching the report's sentences: a lazily built index over the dataset's source, and the sentence last chosen.
import { useCallback, useMemo, useState } from 'react';
import { makeSentenceIndex } from '../../data/sentenceIndex';
import type { TextOption } from '../../ui/SearchPanel';
import type { DatasetSource } from '../dataset';

export interface TextSearch {
  /** Sentences of the source matching a query; absent when the dataset has no source text. */
  search: ((query: string) => TextOption[]) | undefined;
  /** The sentence chosen from the results, highlighted in Source until the selection changes. */
  match: TextOption | null;
  setMatch(match: TextOption | null): void;
}

export function useTextSearch(
  source: DatasetSource | null,
  selectedNode: string | null,
  selectedEdge: string | null,
): TextSearch {
  const index = useMemo(() => (source ? makeSentenceIndex(source.paragraphs) : null), [source]);
  // The match remembers the selection it was chosen under: a new selection replaces its highlight.
  const [chosen, setChosen] = useState<{
    match: TextOption;
    node: string | null;
    edge: string | null;
  } | null>(null);
  const setMatch = useCallback(
    (match: TextOption | null) => setChosen(match ? { match, node: selectedNode, edge: selectedEdge } : null),
    [selectedNode, selectedEdge],
  );
  const match = chosen && chosen.node === selectedNode && chosen.edge === selectedEdge ? chosen.match : null;
  const search = useMemo(() => (index ? (query: string) => index.search(query) : undefined), [index]);
  return { search, match, setMatch };
}
