// The sigma side of "Export picture": the current view as PNG (@sigma/export-image) or SVG (from sigma's display data).
import { useSigma } from '@react-sigma/core';
import { downloadBlob } from '../data/download';
import { BACKGROUND_COLOR } from '../style/palette';
import { makeSvg, type SvgEdge, type SvgNode } from '../style/svgExport';

export interface ImageExport {
  /** Downloads `<baseName>.png`; rejects when the picture cannot be made. */
  exportPng(): Promise<void>;
  /** Downloads `<baseName>.svg`. */
  exportSvg(): void;
}

export function useImageExport(baseName: string): ImageExport {
  const sigma = useSigma();
  return {
    exportPng: async () => {
      const { downloadAsPNG } = await import('@sigma/export-image');
      await downloadAsPNG(sigma, { fileName: baseName, backgroundColor: BACKGROUND_COLOR });
    },
    exportSvg: () => {
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
        nodes.push({
          x: p.x,
          y: p.y,
          size: sigma.scaleSize(data.size),
          color: data.color,
          label: data.label,
        });
      });
      const svg = makeSvg({ width, height, background: BACKGROUND_COLOR, nodes, edges });
      downloadBlob(`${baseName}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
    },
  };
}
