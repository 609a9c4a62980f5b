// Writes the current view of the graph as a standalone SVG document (nodes, edges and labels, as drawn).

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  size: number;
}

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Only colours written as #hex, rgb()/rgba() or a plain name reach the SVG; anything else becomes grey. */
function safeColor(color: string): string {
  return /^(#[0-9a-f]{3,8}|rgba?\([\d.,\s%]+\)|[a-z]+)$/i.test(color) ? color : '#888888';
}

export function makeSvg(scene: SvgScene): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(scene.width)}" height="${round(scene.height)}" viewBox="0 0 ${round(scene.width)} ${round(scene.height)}">`,
    `<rect width="100%" height="100%" fill="${safeColor(scene.background)}"/>`,
    '<g stroke-linecap="round">',
  ];
  for (const e of scene.edges) {
    lines.push(
      `<line x1="${round(e.x1)}" y1="${round(e.y1)}" x2="${round(e.x2)}" y2="${round(e.y2)}" stroke="${safeColor(e.color)}" stroke-width="${round(e.size)}"/>`,
    );
  }
  lines.push('</g>', '<g>');
  for (const n of scene.nodes) {
    lines.push(
      `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${round(n.size)}" fill="${safeColor(n.color)}"/>`,
    );
  }
  lines.push('</g>', '<g font-family="system-ui, sans-serif" font-size="12" fill="#1b2733">');
  for (const n of scene.nodes) {
    if (n.label)
      lines.push(`<text x="${round(n.x + n.size + 3)}" y="${round(n.y + 4)}">${escapeXml(n.label)}</text>`);
  }
  lines.push('</g>', '</svg>');
  return lines.join('\n') + '\n';
}
