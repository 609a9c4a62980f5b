// Guesses the format of a graph file from its extension, then by sniffing the start of its content.
import { GraphImportError } from './GraphImportError';
import type { ImportFormat } from './importTypes';

const EXTENSIONS: Record<string, ImportFormat> = {
  gexf: 'gexf',
  graphml: 'graphml',
  json: 'json',
  csv: 'csv',
  tsv: 'csv',
};

/** The format implied by the file name's extension, if it is one we know. */
export function formatFromFileName(fileName: string): ImportFormat | undefined {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match?.[1] ? EXTENSIONS[match[1].toLowerCase()] : undefined;
}

const SNIFF_LENGTH = 4096;

/** The format implied by the content, from its first few kilobytes. */
export function sniffFormat(text: string): ImportFormat | undefined {
  const head = text
    .slice(0, SNIFF_LENGTH)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) {
    if (/<(?:[\w.-]+:)?gexf[\s>/]/.test(head)) return 'gexf';
    if (/<(?:[\w.-]+:)?graphml[\s>/]/.test(head)) return 'graphml';
    return undefined;
  }
  return 'csv';
}

/** 'gexf' | 'graphml' | 'json' | 'csv': by extension first, then by content; throws for unknown XML. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const byName = formatFromFileName(fileName);
  if (byName) return byName;
  const byContent = sniffFormat(text);
  if (byContent) return byContent;
  throw new GraphImportError(
    `Could not recognise the format of ${fileName || 'the file'}: it looks like XML but is neither GEXF (<gexf>) nor GraphML (<graphml>)`,
    'unknown',
  );
}
