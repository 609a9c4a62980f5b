// The exported picture: the graph's drawing framed by a title, the active filters, a colour legend and the credit.

/** What is written around the drawing, in the interface language. */
export interface PictureCaption {
  title: string;
  /** "Filters: …" (or "No filters"). */
  filters: string;
  /** Colours and what they mean (node kinds, communities…). */
  legend: { label: string; color: string }[];
  /** "Source: … · Made with …". */
  credit: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif';
const MARGIN = 16;
const TITLE_SIZE = 20;
const MIN_TITLE_SIZE = 14;
const TEXT_SIZE = 13;
const CREDIT_SIZE = 11;
const SWATCH = 10;
const LEGEND_GAP = 18;
const INK = '#12263a';
const MUTED = '#51606f';

interface LegendItemBox {
  label: string;
  color: string;
  x: number;
  row: number;
}

/** Flows the legend items into rows no wider than `width` (CSS pixels). */
function layoutLegend(
  ctx: CanvasRenderingContext2D,
  legend: PictureCaption['legend'],
  width: number,
): { items: LegendItemBox[]; rows: number } {
  ctx.font = `${TEXT_SIZE}px ${FONT}`;
  const items: LegendItemBox[] = [];
  let x = 0;
  let row = 0;
  for (const entry of legend) {
    const itemWidth = SWATCH + 6 + ctx.measureText(entry.label).width;
    if (x > 0 && x + itemWidth > width) {
      row++;
      x = 0;
    }
    items.push({ ...entry, x, row });
    x += itemWidth + LEGEND_GAP;
  }
  return { items, rows: legend.length > 0 ? row + 1 : 0 };
}

/** Cuts a line to `width` with an ellipsis (the filters line can be long). */
function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * A new canvas of `drawing`'s size plus a header (title, filters) and a footer (legend, credit), at `scale` device
 * pixels per CSS pixel (the drawing is expected at that scale already).
 */
export function composePicture(
  drawing: HTMLCanvasElement,
  caption: PictureCaption,
  scale: number,
  background: string,
): HTMLCanvasElement {
  const width = drawing.width / scale;
  const graphHeight = drawing.height / scale;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const inner = width - 2 * MARGIN;
  const legend = layoutLegend(measure, caption.legend, inner);
  const lineHeight = TEXT_SIZE + 6;
  const headerHeight = MARGIN + TITLE_SIZE + 6 + lineHeight + 6;
  const legendHeight = legend.rows * lineHeight;
  const footerHeight = 8 + legendHeight + (legend.rows ? 6 : 0) + CREDIT_SIZE + 4 + MARGIN;
  const height = headerHeight + graphHeight + footerHeight;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';

  ctx.fillStyle = INK;
  // A long title gets a smaller font (down to MIN_TITLE_SIZE) before it is cut.
  let titleSize = TITLE_SIZE;
  ctx.font = `600 ${titleSize}px ${FONT}`;
  while (titleSize > MIN_TITLE_SIZE && ctx.measureText(caption.title).width > inner) {
    titleSize--;
    ctx.font = `600 ${titleSize}px ${FONT}`;
  }
  ctx.fillText(fitText(ctx, caption.title, inner), MARGIN, MARGIN + (TITLE_SIZE - titleSize));
  ctx.fillStyle = MUTED;
  ctx.font = `${TEXT_SIZE}px ${FONT}`;
  ctx.fillText(fitText(ctx, caption.filters, inner), MARGIN, MARGIN + TITLE_SIZE + 6);

  ctx.drawImage(drawing, 0, headerHeight, width, graphHeight);
  ctx.strokeStyle = '#d0d7de';
  ctx.strokeRect(0.5, headerHeight + 0.5, width - 1, graphHeight - 1);

  const legendTop = headerHeight + graphHeight + 8;
  ctx.font = `${TEXT_SIZE}px ${FONT}`;
  for (const item of legend.items) {
    const y = legendTop + item.row * lineHeight;
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(MARGIN + item.x + SWATCH / 2, y + TEXT_SIZE / 2 + 1, SWATCH / 2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = INK;
    ctx.fillText(item.label, MARGIN + item.x + SWATCH + 6, y);
  }
  ctx.fillStyle = MUTED;
  ctx.font = `${CREDIT_SIZE}px ${FONT}`;
  ctx.fillText(fitText(ctx, caption.credit, inner), MARGIN, legendTop + legendHeight + (legend.rows ? 6 : 0));
  return canvas;
}
