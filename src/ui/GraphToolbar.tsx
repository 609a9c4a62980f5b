// The canvas toolbar: zoom in, zoom out, fit, the layout choice and the ForceAtlas2 button, with its progress.
import type { CanvasControls, LayoutName } from '../render';
import './canvasView.css';
import { useI18n } from './i18n/I18nContext';

export interface GraphToolbarProps {
  controls: CanvasControls;
}

export function GraphToolbar({ controls }: GraphToolbarProps) {
  const { t } = useI18n();
  const labels = t.controls;
  return (
    <div className="graph-controls" role="toolbar" aria-label={labels.toolbar}>
      <button type="button" onClick={controls.zoomIn} aria-label={labels.zoomIn} title={labels.zoomIn}>
        +
      </button>
      <button type="button" onClick={controls.zoomOut} aria-label={labels.zoomOut} title={labels.zoomOut}>
        −
      </button>
      <button type="button" onClick={controls.fit} aria-label={labels.fit} title={labels.fit}>
        ⤢
      </button>
      <label className="graph-controls-layout">
        <span>{labels.layout}</span>
        <select
          value={controls.layout}
          onChange={(event) => controls.chooseLayout(event.target.value as LayoutName)}
        >
          {(controls.layouts ?? ['precomputed', 'by-kind']).map((name) => (
            <option key={name} value={name}>
              {name === 'precomputed'
                ? labels.precomputed
                : name === 'by-kind'
                  ? labels.byKind
                  : t.canvasView.byProvince}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={controls.toggleForceAtlas2} aria-pressed={controls.running}>
        {controls.running ? labels.stop : labels.rerun}
      </button>
      {controls.progress !== null && (
        <span className="layout-progress" role="status">
          {t.layingOut(controls.progress)}
        </span>
      )}
    </div>
  );
}
