// The view state hook: starts from the URL, applies pure updates, and keeps the URL and history in step.
import { useCallback, useEffect, useRef, useState } from 'react';
import { selectionChanged, type ViewUpdate } from '../state/updates';
import { cleanView, decodeView, encodeView } from '../state/urlCodec';
import type { ViewContext, ViewState } from '../state/types';
import { pageUrlWithQuery } from './pageUrl';

/** The page URL for a view; `extra` parameters (such as `graph=`) are kept in front of the view's own. */
function urlFor(state: ViewState, context: ViewContext, extra: string): string {
  const query = [extra, encodeView(state, context)].filter(Boolean).join('&');
  return pageUrlWithQuery(window.location.href, query);
}

export function useViewState(
  context: ViewContext,
  extraParams = '',
): [ViewState, (update: ViewUpdate) => void] {
  const [state, setState] = useState(() => cleanView(decodeView(window.location.search), context));
  const previous = useRef(state);
  const fromHistory = useRef(false);

  const dispatch = useCallback((update: ViewUpdate) => setState((current) => update(current)), []);

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (fromHistory.current) {
      fromHistory.current = false;
      return;
    }
    const url = urlFor(state, context, extraParams);
    if (url === window.location.href) return;
    // Each new selection is a history entry, so Back returns to the previous one; other changes replace it.
    if (selectionChanged(before, state)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [state, context, extraParams]);

  useEffect(() => {
    const onPop = () => {
      fromHistory.current = true;
      setState(cleanView(decodeView(window.location.search), context));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [context]);

  return [state, dispatch];
}
