// Searching the report's sentences: an index over the dataset's source, loaded after the first frame (with its search
// engine), and the sentence last chosen.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SentenceIndex } from '../../data/sentenceIndex';
import type { TextOption } from '../../ui/SearchPanel';
import type { DatasetSource } from '../dataset';

export interface TextSearch {
  /** Sentences of the source matching a query (none until the index is in); absent when there is no source text. */
  search: ((query: string) => TextOption[]) | undefined;
  /** The sentence chosen from the results, highlighted in Source until the selection changes. */
  match: TextOption | null;
  setMatch(match: TextOption | null): void;
}

/** The sentence index of `source`, once its code has loaded (it is built at its first query). */
function useSentenceIndex(source: DatasetSource | null): SentenceIndex | null {
  const [loaded, setLoaded] = useState<{ source: DatasetSource; index: SentenceIndex } | null>(null);
  useEffect(() => {
    if (!source) return;
    let current = true;
    void import('../../data/sentenceIndex').then(({ makeSentenceIndex }) => {
      if (current) setLoaded({ source, index: makeSentenceIndex(source.paragraphs) });
    });
    return () => {
      current = false;
    };
  }, [source]);
  return loaded && loaded.source === source ? loaded.index : null;
}

export function useTextSearch(
  source: DatasetSource | null,
  selectedNode: string | null,
  selectedEdge: string | null,
): TextSearch {
  const index = useSentenceIndex(source);
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
  const search = useMemo(
    () => (source ? (query: string) => (index ? index.search(query) : []) : undefined),
    [source, index],
  );
  return { search, match, setMatch };
}
