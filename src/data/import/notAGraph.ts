// Recognises texts that are not graph files at all (a web page, an image, a PDF, an archive, binary data, nothing).
import { GraphImportError, type ImportErrorFormat } from './GraphImportError';
import type { ImportOrigin } from './importTypes';

export type NotAGraphContent = 'empty' | 'html' | 'image' | 'pdf' | 'archive' | 'binary';

export interface NotAGraph {
  content: NotAGraphContent;
  /** The precise kind, for the message: "PNG", "SVG", "ZIP"… */
  kind?: string;
}

const HEAD_LENGTH = 4096;

/** Byte signatures, as they read once decoded as UTF-8 (bytes above 0x7F that are not UTF-8 become U+FFFD). */
/* eslint-disable no-control-regex -- binary signatures start with control characters */
const SIGNATURES: readonly [RegExp, NotAGraph][] = [
  [/^(?:\uFFFD|\u0089)PNG\r\n/, { content: 'image', kind: 'PNG' }],
  [/^GIF8[79]a/, { content: 'image', kind: 'GIF' }],
  [/^(?:\uFFFD|\u00FF){1,3}[\s\S]{0,8}(?:JFIF|Exif)/, { content: 'image', kind: 'JPEG' }],
  [/^RIFF[\s\S]{4}WEBP/, { content: 'image', kind: 'WebP' }],
  [/^%PDF-/, { content: 'pdf', kind: 'PDF' }],
  [/^PK\u0003\u0004/, { content: 'archive', kind: 'ZIP' }],
  [/^\u001F(?:\uFFFD|\u008B)/, { content: 'archive', kind: 'gzip' }],
];
/* eslint-enable no-control-regex */

/** Comments and an XML declaration that may come before a root element. */
const PROLOGUE = /^(?:<\?xml[^>]*>|<!--[\s\S]*?-->|\s)*/;

function markupKind(head: string): NotAGraph | undefined {
  const body = head.replace(PROLOGUE, '');
  if (/^<!doctype\s+html/i.test(body) || /^<html[\s>]/i.test(body)) return { content: 'html' };
  if (/^<svg[\s>]/i.test(body) || /^<!doctype\s+svg/i.test(body)) return { content: 'image', kind: 'SVG' };
  if (/^<(?:head|body|meta|script|div|title)[\s>]/i.test(body)) return { content: 'html' };
  return undefined;
}

/** Control characters other than tab, line feed, form feed and carriage return: not in any text file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

/** What the text is when it is clearly not a graph file (else undefined), from its first few kilobytes. */
export function sniffNotAGraph(text: string): NotAGraph | undefined {
  if (!/\S/.test(text)) return { content: 'empty' };
  const head = text.slice(0, HEAD_LENGTH).replace(/^\uFEFF/, '');
  for (const [pattern, found] of SIGNATURES) if (pattern.test(head)) return found;
  const markup = head.trimStart().startsWith('<') ? markupKind(head.trimStart()) : undefined;
  if (markup) return markup;
  const controls = head.match(CONTROL)?.length ?? 0;
  const replacements = head.split('\uFFFD').length - 1;
  if (head.includes('\u0000') || controls + replacements > head.length / 10) return { content: 'binary' };
  return undefined;
}

const ARTICLES: Record<NotAGraphContent, (kind?: string) => string> = {
  empty: () => 'empty',
  html: () => 'a web page (HTML)',
  image: (kind) => `an image${kind ? ` (${kind})` : ''}`,
  pdf: () => 'a PDF document',
  archive: (kind) =>
    kind === 'ZIP'
      ? 'a ZIP archive (or a spreadsheet such as .xlsx; save a table as CSV)'
      : `a ${kind} archive`,
  binary: () => 'binary data',
};

/**
 * "the URL returned a web page (HTML), not a graph file" / "map.gexf is an image (PNG), not a graph file" /
 * "The file is empty". Code 'not-a-graph' (detail: content, kind, origin).
 */
export function makeNotAGraphError(
  found: NotAGraph,
  fileName: string,
  origin: ImportOrigin,
  format: ImportErrorFormat,
): GraphImportError {
  const what = ARTICLES[found.content](found.kind);
  let message: string;
  if (found.content === 'empty')
    message = origin === 'url' ? 'The URL returned an empty file' : 'The file is empty';
  else if (origin === 'url') message = `The URL returned ${what}, not a graph file`;
  else message = `${fileName || 'The file'} is ${what}, not a graph file`;
  const detail = {
    code: 'not-a-graph' as const,
    content: found.content,
    origin,
    ...(found.kind ? { kind: found.kind } : {}),
  };
  return new GraphImportError(message, format, undefined, detail);
}
