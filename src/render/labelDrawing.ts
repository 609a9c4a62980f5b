// The collision-free label drawing (style/labelLayout) as sigma settings plus a hook-up to one sigma instance.
import type Sigma from 'sigma';
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
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
  /** Each label with its text and where its node was (viewport pixels) when it was placed. */
  labels: (PlacedLabel & { label: string; nodeX: number; nodeY: number })[];
}

export interface LabelHost extends HTMLElement {
  labelLayout?: LabelLayoutResult;
  /** The nodes shown, in viewport pixels, computed when asked (for tests: what the camera frames). */
  shownNodes?: () => { key: string; x: number; y: number; size: number }[];
}

export interface LabelDrawing {
  /**
   * Given to sigma when it is built: it hands each label to the layout instead of drawing it, and draws the hovered
   * node. Changing these later would make sigma re-process the whole graph for one more frame.
   */
  settings: Pick<SigmaSettings, 'defaultDrawNodeLabel' | 'defaultDrawNodeHover'>;
  /** Draws the labels of sigma's frames from now on, starting with the frame it has already drawn. */
  attach(sigma: Sigma): () => void;
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

/** Text widths by font, cached (a frame measures the same labels again). */
function makeMeasure() {
  const widths = new Map<string, number>();
  return (context: CanvasRenderingContext2D, text: string, font: string) => {
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
}

export function createLabelDrawing(): LabelDrawing {
  const measure = makeMeasure();
  /** The labels sigma handed over since its last frame began (by key: the last one wins). */
  let pending = new Map<string, LabelData>();
  let attached: { sigma: Sigma; host: LabelHost } | null = null;

  const collect = (_context: CanvasRenderingContext2D, data: LabelData) => {
    if (data.label) pending.set(data.key, data);
  };

  // The hovered node: a halo, and its label on the side the layout chose (or the side that stays inside).
  const drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: SigmaSettings) => {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.fillStyle = LABEL_HALO_COLOR;
    context.shadowBlur = 6;
    context.shadowColor = 'rgba(0,0,0,0.35)';
    context.fill();
    context.shadowBlur = 0;
    context.beginPath();
    context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
    context.fillStyle = data.color;
    context.fill();
    if (!data.label || !attached) return;
    const { sigma, host } = attached;
    const font = fontOf(settings);
    const textWidth = measure(context, data.label, font);
    context.font = font;
    const lineHeight = settings.labelSize + 2;
    // The layout is the last frame's (this frame's comes after sigma has drawn the hovered nodes), and labels are not
    // laid out while the camera moves: the placed box follows the node to where it is now (after a glide, the box
    // would otherwise stay where the node was before it).
    const placedLabel = host.labelLayout?.labels.find((label) => label.key === data.key);
    const { width } = sigma.getDimensions();
    const rightLeft = data.x + data.size + 3;
    const left = placedLabel
      ? placedLabel.left + data.x - placedLabel.nodeX
      : rightLeft + textWidth > width - 2
        ? data.x - data.size - 3 - textWidth
        : rightLeft;
    const top = placedLabel ? placedLabel.top + data.y - placedLabel.nodeY : data.y - lineHeight / 2;
    context.fillStyle = LABEL_HALO_COLOR;
    context.fillRect(left - 2, top - 1, textWidth + 4, lineHeight + 2);
    drawText(context, data.label, left, top, lineHeight);
  };

  const attach = (sigma: Sigma) => {
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) return () => {};
    const host = sigma.getContainer() as LabelHost;
    attached = { sigma, host };
    let obstacles: ReturnType<typeof overlaysOver> | null = null;
    const resized = new ResizeObserver(() => {
      obstacles = null;
    });
    resized.observe(host);
    for (const element of host.parentElement?.children ?? []) resized.observe(element);
    const onBefore = () => {
      pending = new Map();
    };
    const onAfter = () => {
      const settings = sigma.getSettings();
      const font = fontOf(settings);
      const lineHeight = settings.labelSize + 2;
      const { width, height } = sigma.getDimensions();
      const candidates: LabelCandidate[] = [];
      for (const data of pending.values()) {
        candidates.push({
          key: data.key,
          x: data.x,
          y: data.y,
          size: data.size,
          width: measure(context, data.label!, font),
          height: lineHeight,
          priority: data.labelPriority ?? 0,
          required: Boolean(data.forceLabel),
        });
      }
      const byKey = pending;
      pending = new Map();
      // The toolbars' boxes, read once after each resize (reading them every frame would force a layout).
      obstacles ??= overlaysOver(host);
      const placed = layoutLabels(candidates, { width, height, obstacles });
      context.font = font;
      for (const label of placed)
        drawText(context, byKey.get(label.key)!.label!, label.left, label.top, label.height);
      host.labelLayout = {
        width,
        height,
        labels: placed.map((label) => {
          const data = byKey.get(label.key)!;
          return { ...label, label: data.label!, nodeX: data.x, nodeY: data.y };
        }),
      };
    };
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
    // Sigma drew its first frame as it was built, before this hook-up: its labels are drawn now, without a new frame.
    if (pending.size > 0) onAfter();
    return () => {
      attached = null;
      resized.disconnect();
      sigma.removeListener('beforeRender', onBefore);
      sigma.removeListener('afterRender', onAfter);
    };
  };

  return {
    settings: {
      defaultDrawNodeLabel: collect as unknown as SigmaSettings['defaultDrawNodeLabel'],
      defaultDrawNodeHover: drawHover as unknown as SigmaSettings['defaultDrawNodeHover'],
    },
    attach,
  };
}
