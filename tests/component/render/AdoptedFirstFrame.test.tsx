// GraphCanvas adopts the sigma that drew the first frame (no second sigma is built), hands it to its controllers,
// and lets it go when it unmounts; a frame of another graph is not adopted.
import { render } from '@testing-library/react';
import { useSigma } from '@react-sigma/core';
import { describe, expect, it, vi } from 'vitest';
import { GraphCanvas, type FirstFrame } from '../../../src/render';
import { createLabelDrawing } from '../../../src/render/labelDrawing';
import type { EdgeType } from '../../../src/style/edgeTypes';
import { fakeSigma } from '../sigmaMock';

const graph = { hasNode: () => false, getNodeAttributes: () => ({}) } as never;

function makeFrame(of: unknown) {
  const frame = {
    graph: of as never,
    sigma: fakeSigma() as never,
    labels: createLabelDrawing(),
    edgeTypes: ['arrow'] as EdgeType[],
    adoptInto: vi.fn<(root: HTMLElement) => void>(),
    release: vi.fn<() => void>(),
    isAdopted: () => frame.adoptInto.mock.calls.length > 0,
  };
  return frame satisfies FirstFrame;
}

function Child({ onSigma }: { onSigma: (sigma: unknown) => void }) {
  onSigma(useSigma());
  return <p>controllers</p>;
}

describe('GraphCanvas with a first frame', () => {
  it('moves the frame into its container instead of building sigma, then mounts its controllers', () => {
    const frame = makeFrame(graph);
    const onSigma = vi.fn();
    const { container, getByText, unmount } = render(
      <GraphCanvas graph={graph} edgeTypes={['arrow']} firstFrame={frame}>
        <Child onSigma={onSigma} />
      </GraphCanvas>,
    );
    expect(fakeSigma().created).toBe(0);
    expect(frame.adoptInto).toHaveBeenCalledTimes(1);
    const root = frame.adoptInto.mock.calls[0]![0];
    expect(container.contains(root)).toBe(true);
    expect(root.className).toContain('graph-canvas');
    getByText('controllers');
    expect(onSigma).toHaveBeenCalled();
    expect(frame.release).not.toHaveBeenCalled();
    unmount();
    expect(frame.release).toHaveBeenCalledTimes(1);
  });

  it('builds its own sigma for another graph, or for edge programs the frame was not built with', () => {
    const other = makeFrame({ another: true });
    render(<GraphCanvas graph={graph} edgeTypes={['arrow']} firstFrame={other} />);
    expect(other.adoptInto).not.toHaveBeenCalled();
    expect(fakeSigma().created).toBe(1);
    const curved = makeFrame(graph);
    render(<GraphCanvas graph={graph} edgeTypes={['arrow', 'curved']} firstFrame={curved} />);
    expect(curved.adoptInto).not.toHaveBeenCalled();
    expect(fakeSigma().created).toBe(2);
  });
});
