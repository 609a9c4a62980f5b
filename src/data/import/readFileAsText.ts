// Reads a user-chosen File as text, refusing files over the byte limit before reading them.
import { formatFromFileName } from './detectFormat';
import { GraphImportError } from './GraphImportError';
import { DEFAULT_IMPORT_LIMITS, makeFileTooLargeError } from './importLimits';

export interface ReadFileOptions {
  maxBytes?: number;
}

/** Anything with a size and a text() method: a File, or a Blob with a name. */
export interface TextSource {
  name?: string;
  size: number;
  text(): Promise<string>;
}

export async function readFileAsText(file: TextSource, options: ReadFileOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes;
  const name = file.name ?? '';
  const format = formatFromFileName(name) ?? 'unknown';
  if (file.size > maxBytes) throw makeFileTooLargeError(file.size, maxBytes, format);
  try {
    return await file.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new GraphImportError(`Could not read ${name || 'the file'}: ${detail}`, format);
  }
}
