// The assets a built index.html loads up front: module scripts, modulepreloads (JS) and stylesheets (CSS).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface InitialAssets {
  js: string[];
  css: string[];
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** Lazy chunks (dynamic imports) are not referenced by index.html, so they are not counted. */
export function initialAssets(htmlPath: string): InitialAssets {
  const html = readFileSync(htmlPath, 'utf8');
  const dir = path.dirname(htmlPath);
  const local = (href: string) => path.resolve(dir, href.replace(/^\//, './').split(/[?#]/)[0]!);
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && attribute(tag, 'type') === 'module') js.push(local(src));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) js.push(local(href));
    else if (rel.includes('stylesheet')) css.push(local(href));
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}
