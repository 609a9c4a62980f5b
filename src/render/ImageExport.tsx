// Export buttons for the current view as a picture: PNG (@sigma/export-image) and SVG (drawn from sigma's display data).
import { useSigma } from '@react-sigma/core';
import { useState } from 'react';
import { downloadBlob } from '../data/download';
import { makeSvg, type SvgEdge, type SvgNode } from '../style/svgExport';

export interface ImageExportLabels {
  toolbar: string;
  png: string;
  svg: string;
  failed(message: string): string;
}

export const DEFAULT_IMAGE_EXPORT_LABELS: ImageExportLabels = {
  toolbar: 'Export picture',
  png: 'Export PNG',
  svg: 'Export SVG',
  failed: (message) => `Export failed: ${message}`,
};

export interface ImageExportProps {
  /** File name without extension. */
  baseName: string;
  labels?: ImageExportLabels;
}

export function ImageExport({ baseName, labels = DEFAULT_IMAGE_EXPORT_LABELS }: ImageExportProps) {
  const sigma = useSigma();
  const [error, setError] = useState<string | null>(null);

  const exportPng = async () => {
    setError(null);
    try {
      const { downloadAsPNG } = await import('@sigma/export-image');
      await downloadAsPNG(sigma, { fileName: baseName, backgroundColor: '#ffffff' });
    } catch (failure) {
      setError(labels.failed(failure instanceof Error ? failure.message : String(failure)));
    }
  };

  const exportSvg = () => {
    const graph = sigma.getGraph();
    const { width, height } = sigma.getDimensions();
    const nodes: SvgNode[] = [];
    const edges: SvgEdge[] = [];
    graph.forEachEdge((edge, _attributes, source, target) => {
      const data = sigma.getEdgeDisplayData(edge);
      const a = sigma.getNodeDisplayData(source);
      const b = sigma.getNodeDisplayData(target);
      if (!data || data.hidden || !a || !b || a.hidden || b.hidden) return;
      const p = sigma.graphToViewport(a);
      const q = sigma.graphToViewport(b);
      edges.push({ x1: p.x, y1: p.y, x2: q.x, y2: q.y, color: data.color, size: Math.max(0.5, data.size) });
    });
    graph.forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const p = sigma.graphToViewport(data);
      nodes.push({ x: p.x, y: p.y, size: sigma.scaleSize(data.size), color: data.color, label: data.label });
    });
    const svg = makeSvg({ width, height, background: '#ffffff', nodes, edges });
    downloadBlob(`${baseName}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
  };

  return (
    <div className="export-controls" role="toolbar" aria-label={labels.toolbar}>
      <button type="button" onClick={() => void exportPng()}>
        {labels.png}
      </button>
      <button type="button" onClick={exportSvg}>
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
