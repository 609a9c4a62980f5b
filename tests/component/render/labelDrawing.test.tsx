// The hovered (or selected) node's label follows its node: after a camera glide it is not drawn where the node was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type Sigma from 'sigma';
import { createLabelDrawing } from '../../../src/render/labelDrawing';

/** A 2D context that records the text it is asked to fill, with 7 px per character. */
function makeContext() {
  const texts: { text: string; x: number; y: number }[] = [];
  const context = {
    texts,
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string, x: number, y: number) => texts.push({ text, x, y }),
    strokeText: () => undefined,
    fillRect: () => undefined,
    beginPath: () => undefined,
    arc: () => undefined,
    fill: () => undefined,
  };
  return context;
}

const SETTINGS = { labelSize: 13, labelWeight: '500', labelFont: 'sans-serif' };

function makeSigma(context: ReturnType<typeof makeContext>) {
  const handlers = new Map<string, () => void>();
  const container = document.createElement('div');
  document.body.append(container);
  const sigma = {
    getCanvases: () => ({ labels: { getContext: () => context } }),
    getContainer: () => container,
    getSettings: () => SETTINGS,
    getDimensions: () => ({ width: 800, height: 600 }),
    on: (event: string, handler: () => void) => handlers.set(event, handler),
    removeListener: (event: string) => handlers.delete(event),
  };
  return { sigma: sigma as unknown as Sigma, frame: () => handlers.get('afterRender')?.() };
}

describe('label drawing of the hovered node', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('draws the label beside where the node is now, on the side the layout chose', () => {
    const drawing = createLabelDrawing();
    const context = makeContext();
    const { sigma, frame } = makeSigma(context);
    drawing.attach(sigma);
    const node = { key: 'a', label: 'Node 42', size: 5, color: '#000', forceLabel: true };
    const drawLabel = drawing.settings.defaultDrawNodeLabel as unknown as (c: unknown, d: unknown) => void;
    const drawHover = drawing.settings.defaultDrawNodeHover as unknown as (
      c: unknown,
      d: unknown,
      s: unknown,
    ) => void;
    // A frame lays the label out with the node at (100, 100): on its right.
    drawLabel(context, { ...node, x: 100, y: 100 });
    frame();
    expect(context.texts.at(-1)).toMatchObject({ text: 'Node 42', x: 108, y: 100 });
    // The camera glides (no labels laid out meanwhile); the node is now at (400, 300).
    drawHover(context, { ...node, x: 400, y: 300 }, SETTINGS);
    expect(context.texts.at(-1)).toMatchObject({ text: 'Node 42', x: 408, y: 300 });
  });
});
