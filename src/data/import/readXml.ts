// Runs the XML tokenizer for a format reader: DTDs refused, "malformed XML at line L, column C: …" errors, progress.
import type { ImportErrorLocation } from './GraphImportError';
import { makeFormatError, type ImportContext } from './importContext';
import type { TextPosition } from './textPosition';
import { rejectEntityDeclarations } from './xmlDeclarations';
import { XmlSyntaxError } from './xmlSyntaxError';
import { tokenizeXml, type XmlHandler } from './xmlTokenizer';

/** Reads `text` into `handler`, or throws a GraphImportError for the first well-formedness problem. */
export function readXml(
  text: string,
  handler: XmlHandler,
  context: ImportContext,
  locate: (offset: number) => TextPosition,
): void {
  rejectEntityDeclarations(text, context);
  let hasRoot: boolean;
  try {
    const onProgress = context.onProgress;
    hasRoot = tokenizeXml(text, handler, onProgress ? { onProgress } : {});
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const { line, column } = locate(error.offset);
    const location: ImportErrorLocation = { line, column };
    throw makeFormatError(
      context,
      `malformed XML at line ${line}, column ${column}: ${error.message}`,
      location,
    );
  }
  if (!hasRoot) throw makeFormatError(context, 'the file is not XML (no root element found)');
}

/** Where an element starts, plus what it is: the location of errors about it. */
export function elementLocation(
  locate: (offset: number) => TextPosition,
  offset: number,
  element: string,
  id?: string,
): ImportErrorLocation {
  const location: ImportErrorLocation = { element, ...locate(offset) };
  if (id !== undefined) location.id = id;
  return location;
}
