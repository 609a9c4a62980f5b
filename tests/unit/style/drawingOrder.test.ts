// inDrawingOrder: highlighted items on top — by zIndex, then by program as sigma draws them, then graph order.
import { describe, expect, it } from 'vitest';
import { inDrawingOrder } from '../../../src/style/drawingOrder';
import { EDGE_TYPES } from '../../../src/style/edgeTypes';

describe('inDrawingOrder', () => {
  it('puts the faded plain lines of a large graph under its highlighted arrows, whatever the graph order', () => {
    const edges = [
      { id: 'highlighted', type: 'arrow', zIndex: 0 },
      { id: 'faded-1', type: 'line', zIndex: 0 },
      { id: 'faded-2', type: 'line', zIndex: 0 },
    ];
    expect(inDrawingOrder(edges, EDGE_TYPES).map((edge) => edge.id)).toEqual([
      'faded-1',
      'faded-2',
      'highlighted',
    ]);
  });

  it('puts a higher zIndex on top whatever its program, and orders equal ones by program, then graph order', () => {
    const items = [
      { id: 'a', zIndex: 2 },
      { id: 'b' },
      { id: 'c', type: 'curved', zIndex: 0 },
      { id: 'd', type: 'custom' },
      { id: 'e', type: 'arrow', zIndex: 1 },
      { id: 'f', type: 'arrow' },
    ];
    expect(inDrawingOrder(items, EDGE_TYPES).map((item) => item.id)).toEqual(['f', 'c', 'b', 'd', 'e', 'a']);
    expect(inDrawingOrder(items).map((item) => item.id)).toEqual(['b', 'c', 'd', 'f', 'e', 'a']);
  });
});
