// Decodes a downloaded file's bytes as UTF-8 text (as Blob.text() does), refusing files over the byte limit.
import { formatFromFileName } from './detectFormat';
import { makeFileTooLargeError } from './importLimits';

export function decodeBytes(name: string, bytes: ArrayBuffer, maxBytes: number): string {
  if (bytes.byteLength > maxBytes)
    throw makeFileTooLargeError(bytes.byteLength, maxBytes, formatFromFileName(name) ?? 'unknown');
  return new TextDecoder().decode(bytes);
}
