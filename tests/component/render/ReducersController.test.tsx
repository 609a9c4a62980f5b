// ReducersController: hands new reducers to sigma in one settings change and draws in the same task; the same
// reducers again change nothing.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphCanvas, ReducersController } from '../../../src/render';
import { fakeSigma } from '../sigmaMock';

const graph = { hasNode: () => false, getNodeAttributes: () => ({}) };

function Scene(props: { nodeReducer: () => object; edgeReducer: () => object }) {
  return (
    <GraphCanvas graph={graph as never}>
      <ReducersController nodeReducer={props.nodeReducer as never} edgeReducer={props.edgeReducer as never} />
    </GraphCanvas>
  );
}

describe('ReducersController', () => {
  it('sets both reducers at once and draws at once, and does nothing for the same reducers', () => {
    const first = { nodeReducer: () => ({}), edgeReducer: () => ({}) };
    const { rerender } = render(<Scene {...first} />);
    const sigma = fakeSigma();
    expect(sigma.setSettings).toHaveBeenCalledWith(first);
    expect(sigma.refresh).toHaveBeenLastCalledWith({ partialGraph: {}, schedule: false });
    const calls = sigma.setSettings.mock.calls.length;
    rerender(<Scene {...first} />);
    expect(sigma.setSettings).toHaveBeenCalledTimes(calls);
    const second = { ...first, nodeReducer: () => ({ hidden: true }) };
    rerender(<Scene {...second} />);
    expect(sigma.setSettings).toHaveBeenLastCalledWith(second);
    expect(sigma.refresh).toHaveBeenCalledTimes(2);
  });
});
