// Unit tests of the settings object: defaults, nested overrides, and a specific error for each bad value.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, validateSettings } from '../../../src/style/settings';

describe('settings', () => {
  it('resolves to the defaults without overrides, and the defaults are valid', () => {
    expect(resolveSettings()).toBe(DEFAULT_SETTINGS);
    expect(() => validateSettings(DEFAULT_SETTINGS)).not.toThrow();
    expect(DEFAULT_SETTINGS.lineEdgesAbove).toBe(20_000);
    expect(DEFAULT_SETTINGS.computeAllMetricsUpTo).toBe(5_000);
  });

  it('merges nested groups key by key, without changing the defaults', () => {
    const settings = resolveSettings({ camera: { focusDurationMs: 0 }, rowLimits: { table: 10 } });
    expect(settings.camera).toEqual({ ...DEFAULT_SETTINGS.camera, focusDurationMs: 0 });
    expect(settings.rowLimits).toEqual({ metrics: DEFAULT_SETTINGS.rowLimits.metrics, table: 10 });
    expect(DEFAULT_SETTINGS.camera.focusDurationMs).toBe(450);
  });

  it('rejects out-of-range values with the setting named', () => {
    expect(() => resolveSettings({ lineEdgesAbove: -1 })).toThrow(/style\/settings: lineEdgesAbove/);
    expect(() => resolveSettings({ detailsAfterRedrawAbove: 0.5 })).toThrow(/detailsAfterRedrawAbove/);
    expect(() => resolveSettings({ nodeSizeRange: { min: 30 } })).toThrow(
      /nodeSizeRange\.min must be at most/,
    );
    expect(() => resolveSettings({ minSizeFactor: 2 })).toThrow(/minSizeFactor/);
    expect(() => resolveSettings({ fadedNodeScale: 0 })).toThrow(/fadedNodeScale must be in \(0, 1\]/);
    expect(() => resolveSettings({ shrinkFadedNodesAbove: -5 })).toThrow(/shrinkFadedNodesAbove/);
    expect(() => resolveSettings({ camera: { zoomFactor: 0 } })).toThrow(/camera\.zoomFactor/);
    expect(() => resolveSettings({ layout: { forceAtlas2MaxMs: Number.NaN } })).toThrow(
      /layout\.forceAtlas2MaxMs/,
    );
    expect(() => resolveSettings({ rowLimits: { metrics: 0 } })).toThrow(/rowLimits\.metrics/);
  });
});
