// useViewState: starts from the URL (checked against the graph), writes each change back, and follows Back/Forward.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewState } from '../../../src/app/useViewState';
import type { ViewContext } from '../../../src/state/types';
import { selectNode, setSizeBy, toggleKind } from '../../../src/state/updates';

const context: ViewContext = {
  hasNode: (key) => ['a', 'b'].includes(key),
  hasEdge: () => false,
  facets: [],
  kinds: ['leader', 'theme'],
  relations: [],
  paragraphCount: 0,
  sizeOptions: ['degree', 'pagerank'],
  colourOptions: ['kind'],
  panels: ['details', 'metrics', 'table', 'path'],
};

function at(url: string) {
  window.history.replaceState(null, '', url);
}

describe('useViewState', () => {
  afterEach(() => at('/'));

  it('starts from the URL, keeping only what the graph has and the panels it offers', () => {
    at('/?node=a&hideKinds=theme,ghost&panel=source&size=pagerank');
    const { result } = renderHook(() => useViewState(context));
    const [view] = result.current;
    expect(view).toMatchObject({ node: 'a', panel: 'details', sizeBy: 'pagerank' });
    expect(view.filters).toEqual([{ type: 'hiddenKinds', kinds: ['theme'] }]);
  });

  it('pushes a history entry for a new selection and replaces it for other changes, defaults left out', () => {
    at('/');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useViewState(context));
    act(() => result.current[1](selectNode('b')));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?node=b');
    act(() => result.current[1](toggleKind('leader', context.kinds)));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?node=b&hideKinds=leader');
    act(() => result.current[1](setSizeBy('degree')));
    expect(replace).toHaveBeenCalledTimes(1);
    push.mockRestore();
    replace.mockRestore();
  });

  it('keeps extra parameters (graph=) in front of the view', () => {
    at('/?graph=x.gexf');
    const { result } = renderHook(() => useViewState(context, 'graph=x.gexf'));
    act(() => result.current[1](selectNode('a')));
    expect(window.location.search).toBe('?graph=x.gexf&node=a');
  });

  it('follows Back and Forward: the view becomes the URL again, without a new history entry', () => {
    at('/');
    const { result } = renderHook(() => useViewState(context));
    act(() => result.current[1](selectNode('a')));
    act(() => result.current[1](selectNode('b')));
    const push = vi.spyOn(window.history, 'pushState');
    act(() => {
      window.history.replaceState(null, '', '/?node=a');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0].node).toBe('a');
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?node=a');
    push.mockRestore();
  });
});
