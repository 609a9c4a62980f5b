// Renders nothing: replaces sigma's label drawing with a collision-free layout (style/labelLayout) inside the canvas.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings as SigmaSettings } from 'sigma/settings';
import { layoutLabels, type LabelCandidate, type PlacedLabel } from '../style/labelLayout';
import { LABEL_COLOR, LABEL_HALO_COLOR } from '../style/palette';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & {
  key: string;
  labelPriority?: number;
};

/** What the last frame drew, kept on the sigma container for tests and the hover drawer. */
export interface LabelLayoutResult {
  width: number;
  height: number;
  labels: (PlacedLabel & { label: string })[];
}

export interface LabelHost extends HTMLElement {
  labelLayout?: LabelLayoutResult;
  /** The nodes shown, in viewport pixels, computed when asked (for tests: what the camera frames). */
  shownNodes?: () => { key: string; x: number; y: number; size: number }[];
}

function fontOf(settings: SigmaSettings): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

function drawText(
  context: CanvasRenderingContext2D,
  text: string,
  left: number,
  top: number,
  height: number,
) {
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = LABEL_HALO_COLOR;
  context.strokeText(text, left, top + height / 2);
  context.fillStyle = LABEL_COLOR;
  context.fillText(text, left, top + height / 2);
}

/** The controls drawn over the canvas (the toolbars: siblings of sigma's container), relative to the container. */
function overlaysOver(host: HTMLElement) {
  const siblings = host.parentElement ? [...host.parentElement.children] : [];
  const origin = host.getBoundingClientRect();
  return siblings
    .filter((element) => element !== host)
    .map((element) => element.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect) => ({
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    }));
}

export function LabelLayoutController() {
  const sigma = useSigma();
  useEffect(() => {
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const host = sigma.getContainer() as LabelHost;
    let pending: LabelData[] = [];
    let obstacles: ReturnType<typeof overlaysOver> | null = null;
    const resized = new ResizeObserver(() => {
      obstacles = null;
    });
    resized.observe(host);
    for (const element of host.parentElement?.children ?? []) resized.observe(element);
    const widths = new Map<string, number>();
    const measure = (text: string, font: string) => {
      const id = `${font}\u0000${text}`;
      let width = widths.get(id);
      if (width === undefined) {
        context.font = font;
        width = Math.ceil(context.measureText(text).width);
        if (widths.size > 20_000) widths.clear();
        widths.set(id, width);
      }
      return width;
    };
    // Sigma hands each label it would draw to this collector; the layout draws them all after the frame.
    const collect = (_context: CanvasRenderingContext2D, data: LabelData) => {
      if (data.label) pending.push(data);
    };
    const onBefore = () => {
      pending = [];
    };
    const onAfter = () => {
      const settings = sigma.getSettings();
      const font = fontOf(settings);
      const lineHeight = settings.labelSize + 2;
      const { width, height } = sigma.getDimensions();
      const byKey = new Map<string, LabelData>();
      const candidates: LabelCandidate[] = [];
      for (const data of pending) {
        byKey.set(data.key, data);
        candidates.push({
          key: data.key,
          x: data.x,
          y: data.y,
          size: data.size,
          width: measure(data.label!, font),
          height: lineHeight,
          priority: data.labelPriority ?? 0,
          required: Boolean(data.forceLabel),
        });
      }
      pending = [];
      // The toolbars' boxes, read once after each resize (reading them every frame would force a layout).
      obstacles ??= overlaysOver(host);
      const placed = layoutLabels(candidates, { width, height, obstacles });
      context.font = font;
      for (const label of placed)
        drawText(context, byKey.get(label.key)!.label!, label.left, label.top, label.height);
      host.labelLayout = {
        width,
        height,
        labels: placed.map((label) => ({ ...label, label: byKey.get(label.key)!.label! })),
      };
    };
    // The hovered node: a halo, and its label on the side the layout chose (or the side that stays inside).
    const drawHover = (hoverContext: CanvasRenderingContext2D, data: LabelData, settings: SigmaSettings) => {
      hoverContext.beginPath();
      hoverContext.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
      hoverContext.fillStyle = LABEL_HALO_COLOR;
      hoverContext.shadowBlur = 6;
      hoverContext.shadowColor = 'rgba(0,0,0,0.35)';
      hoverContext.fill();
      hoverContext.shadowBlur = 0;
      hoverContext.beginPath();
      hoverContext.arc(data.x, data.y, data.size, 0, Math.PI * 2);
      hoverContext.fillStyle = data.color;
      hoverContext.fill();
      if (!data.label) return;
      const font = fontOf(settings);
      hoverContext.font = font;
      const textWidth = measure(data.label, font);
      const lineHeight = settings.labelSize + 2;
      const placedLabel = host.labelLayout?.labels.find((label) => label.key === data.key);
      const { width } = sigma.getDimensions();
      const rightLeft = data.x + data.size + 3;
      const left = placedLabel
        ? placedLabel.left
        : rightLeft + textWidth > width - 2
          ? data.x - data.size - 3 - textWidth
          : rightLeft;
      const top = placedLabel ? placedLabel.top : data.y - lineHeight / 2;
      hoverContext.fillStyle = LABEL_HALO_COLOR;
      hoverContext.fillRect(left - 2, top - 1, textWidth + 4, lineHeight + 2);
      drawText(hoverContext, data.label, left, top, lineHeight);
    };
    sigma.setSettings({
      defaultDrawNodeLabel: collect as unknown as SigmaSettings['defaultDrawNodeLabel'],
      defaultDrawNodeHover: drawHover as unknown as SigmaSettings['defaultDrawNodeHover'],
    });
    host.shownNodes = () => {
      const shown: { key: string; x: number; y: number; size: number }[] = [];
      sigma.getGraph().forEachNode((key) => {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden) return;
        const p = sigma.framedGraphToViewport(data);
        shown.push({ key, x: p.x, y: p.y, size: sigma.scaleSize(data.size) });
      });
      return shown;
    };
    sigma.on('beforeRender', onBefore);
    sigma.on('afterRender', onAfter);
    return () => {
      resized.disconnect();
      sigma.removeListener('beforeRender', onBefore);
      sigma.removeListener('afterRender', onAfter);
    };
  }, [sigma]);
  return null;
}
