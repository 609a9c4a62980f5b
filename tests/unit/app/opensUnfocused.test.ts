// opensUnfocused: which views the explorer opens exactly as the first frame draws them (nothing to frame or fade).
import { describe, expect, it } from 'vitest';
import { opensUnfocused } from '../../../src/app/explorer/explorerModel';
import { DEFAULT_VIEW_STATE } from '../../../src/state/defaults';

describe('opensUnfocused', () => {
  it('accepts the default view, in either language, with any panel, size or colour encoding', () => {
    expect(opensUnfocused(DEFAULT_VIEW_STATE)).toBe(true);
    expect(
      opensUnfocused({
        ...DEFAULT_VIEW_STATE,
        lang: 'zh',
        panel: 'source',
        sizeBy: 'pagerank',
        colourBy: 'louvain',
      }),
    ).toBe(true);
  });

  it('refuses a selection, a filter, a camera, a focused paragraph or a path', () => {
    const views = [
      { node: 'a' },
      { edge: 'e' },
      { filters: [{ type: 'kind', values: ['leader'] }] },
      { camera: { x: 0.5, y: 0.5, ratio: 1 } },
      { focusParagraph: 3 },
      { pathFrom: 'a', pathTo: 'b' },
    ];
    for (const change of views)
      expect(opensUnfocused({ ...DEFAULT_VIEW_STATE, ...change } as never)).toBe(false);
  });
});
