// The sigma side of "Export picture": the current view as PNG (at 2×, framed with title, filters, legend and credit) or SVG.
import { useSigma } from '@react-sigma/core';
import { downloadBlob } from '../data/download';
import { BACKGROUND_COLOR } from '../style/palette';
import { inDrawingOrder, type Drawn } from '../style/drawingOrder';
import { makeSvg, type SvgEdge, type SvgNode } from '../style/svgExport';
import { composePicture, type PictureCaption } from './composePicture';

export type { PictureCaption } from './composePicture';

/** Device pixels per CSS pixel of the exported PNG, whatever the screen's. */
export const PNG_PIXEL_RATIO = 2;

export interface ImageExport {
  /** Downloads `<baseName>.png`; rejects when the picture cannot be made. */
  exportPng(): Promise<void>;
  /** Downloads `<baseName>.svg`. */
  exportSvg(): void;
}

/**
 * Runs `draw` while the page reports `ratio` device pixels per CSS pixel: sigma (and the temporary renderer that
 * @sigma/export-image draws with) read window.devicePixelRatio when they are created.
 */
async function withPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** `caption` (read when the export runs) frames the PNG; without it the PNG is the drawing alone. */
export function useImageExport(baseName: string, caption?: () => PictureCaption): ImageExport {
  const sigma = useSigma();
  return {
    exportPng: async () => {
      const { drawOnCanvas } = await import('@sigma/export-image');
      const drawing = await withPixelRatio(PNG_PIXEL_RATIO, () =>
        drawOnCanvas(sigma, { backgroundColor: BACKGROUND_COLOR }),
      );
      const picture = caption
        ? composePicture(drawing, caption(), PNG_PIXEL_RATIO, BACKGROUND_COLOR)
        : drawing;
      downloadBlob(`${baseName}.png`, await canvasToBlob(picture));
    },
    exportSvg: () => {
      const graph = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      const nodes: (SvgNode & Drawn)[] = [];
      const edges: (SvgEdge & Drawn)[] = [];
      graph.forEachEdge((edge, _attributes, source, target) => {
        const data = sigma.getEdgeDisplayData(edge);
        const a = sigma.getNodeDisplayData(source);
        const b = sigma.getNodeDisplayData(target);
        if (!data || data.hidden || !a || !b || a.hidden || b.hidden) return;
        const p = sigma.graphToViewport(a);
        const q = sigma.graphToViewport(b);
        const { color, type, zIndex } = data;
        edges.push({
          x1: p.x,
          y1: p.y,
          x2: q.x,
          y2: q.y,
          color,
          size: Math.max(0.5, data.size),
          type,
          zIndex,
        });
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
          zIndex: data.zIndex,
        });
      });
      // Layered so that a highlight lies on top of the faded rest, as on the canvas.
      const programs = Object.keys(sigma.getSetting('edgeProgramClasses'));
      const svg = makeSvg({
        width,
        height,
        background: BACKGROUND_COLOR,
        nodes: inDrawingOrder(nodes),
        edges: inDrawingOrder(edges, programs),
      });
      downloadBlob(`${baseName}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
    },
  };
}
