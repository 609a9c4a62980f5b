// Import size limits (bytes, nodes, edges), the checks that enforce them, and their human messages.
import { GraphImportError, type ImportErrorFormat } from './GraphImportError';
import type { ImportLimits } from './importTypes';

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxNodes: 1_000_000,
  maxEdges: 2_000_000,
};

export function resolveLimits(limits?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...limits };
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

const MB = 1024 * 1024;

function formatSize(bytes: number, extraDecimals: number): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, ''];
  if (!unit) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  return `${value.toFixed((value < 10 ? 1 : 0) + extraDecimals)} ${unit}`;
}

/** "312 MB; the limit is 200 MB" — with a decimal where rounding would make the two look equal. */
export function formatSizeComparison(bytes: number, limit: number): string {
  for (const decimals of [0, 1, 2]) {
    const size = formatSize(bytes, decimals);
    const max = formatSize(limit, decimals);
    if (size !== max || decimals === 2) return `${size}; the limit is ${max}`;
  }
  return '';
}

export function makeFileTooLargeError(
  bytes: number,
  maxBytes: number,
  format: ImportErrorFormat,
  fileName?: string,
) {
  const subject = fileName ? `The file ${fileName}` : 'The file';
  return new GraphImportError(`${subject} is ${formatSizeComparison(bytes, maxBytes)}`, format);
}

/** UTF-8 size of a string, without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Throws when the text is over `maxBytes` (cheap length bounds first, exact count only when needed). */
export function checkByteSize(text: string, maxBytes: number, format: ImportErrorFormat, fileName?: string) {
  if (text.length * 3 <= maxBytes) return;
  const bytes = utf8ByteLength(text);
  if (bytes > maxBytes) throw makeFileTooLargeError(bytes, maxBytes, format, fileName);
}

export function checkNodeCount(count: number, limits: ImportLimits, format: ImportErrorFormat) {
  if (count > limits.maxNodes) {
    throw new GraphImportError(
      `The graph has ${formatCount(count)} nodes; the limit is ${formatCount(limits.maxNodes)}`,
      format,
    );
  }
}

export function checkEdgeCount(count: number, limits: ImportLimits, format: ImportErrorFormat) {
  if (count > limits.maxEdges) {
    throw new GraphImportError(
      `The graph has ${formatCount(count)} edges; the limit is ${formatCount(limits.maxEdges)}`,
      format,
    );
  }
}

export function checkCounts(nodes: number, edges: number, limits: ImportLimits, format: ImportErrorFormat) {
  checkNodeCount(nodes, limits, format);
  checkEdgeCount(edges, limits, format);
}
