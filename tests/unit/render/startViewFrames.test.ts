// startViewFrames: when sigma's start camera may stand for a fit, so that its first frame is not drawn again.
import { describe, expect, it } from 'vitest';
import { START_VIEW_SLACK, startViewFrames } from '../../../src/render/fitCamera';

const fit = { x: 0.5, y: 0.5, ratio: 0.9, angle: 0 };

describe('startViewFrames', () => {
  it('accepts the start view when it is the fit, or a little further out', () => {
    expect(startViewFrames({ ...fit }, fit)).toBe(true);
    expect(startViewFrames({ ...fit, ratio: fit.ratio * START_VIEW_SLACK }, fit)).toBe(true);
  });

  it('refuses it when a fit would zoom in much further, cut nodes off, or look elsewhere', () => {
    expect(startViewFrames({ ...fit, ratio: fit.ratio * (START_VIEW_SLACK + 0.05) }, fit)).toBe(false);
    expect(startViewFrames({ ...fit, ratio: fit.ratio * 0.95 }, fit)).toBe(false);
    expect(startViewFrames({ ...fit, x: 0.6 }, fit)).toBe(false);
  });
});
