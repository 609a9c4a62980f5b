// The "Export picture" buttons (PNG, SVG) over the canvas, and what went wrong if an export failed.
import { useState } from 'react';
import type { ImageExport } from '../render';
import { useI18n } from './i18n/I18nContext';

export interface ImageExportBarProps {
  exporter: ImageExport;
}

export function ImageExportBar({ exporter }: ImageExportBarProps) {
  const { t } = useI18n();
  const labels = t.exportPicture;
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => void | Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(labels.failed(failure instanceof Error ? failure.message : String(failure)));
    }
  };
  return (
    <div className="export-controls" role="toolbar" aria-label={labels.toolbar}>
      <button type="button" onClick={() => void run(exporter.exportPng)}>
        {labels.png}
      </button>
      <button type="button" onClick={() => void run(exporter.exportSvg)}>
        {labels.svg}
      </button>
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </div>
  );
}
