// Runs saxes, a streaming XML parser, for a format reader: entity declarations refused, located errors, progress.
import { SaxesParser } from 'saxes';
import type { ImportErrorLocation } from './GraphImportError';
import { makeFormatError, type ImportContext } from './importContext';
import type { TextPosition } from './textPosition';
import { rejectEntityDeclarations } from './xmlDeclarations';
import { explainXmlProblem } from './xmlProblems';
import { createPlainScanState, isPlainScannable, scanPlainXml } from './plainXmlScanner';

/** A start tag as saxes reports it: the name as written (prefix included) and its attribute values. */
export interface XmlTag {
  name: string;
  attributes: Record<string, string>;
}

export interface XmlHandler {
  /** Read after each tag: whether the text that follows is wanted (saxes only collects text while it is). */
  readonly wantsText: boolean;
  /** A start tag (a self-closing one is followed at once by its endElement); `offset` is where its "<" is. */
  startElement(tag: XmlTag, offset: number): void;
  endElement(): void;
  /** Text content (references decoded, CDATA sections as they are, line ends normalised), maybe in pieces. */
  text(value: string): void;
}

/**
 * Text is written to saxes in parts of this many characters unless the reader asks for less; progress is reported
 * each time the text read passes a multiple of it.
 */
export const XML_CHUNK_LENGTH = 1024 * 1024;

/** Leading white space before an XML declaration, which saxes refuses: skipped (offsets still count it). */
function declarationStart(text: string): number {
  const start = text.search(/\S/);
  return start > 0 && text.startsWith('<?xml', start) ? start : 0;
}

/** A reader that feeds `text` to its handler a chunk at a time (see createXmlReader). */
export interface XmlReader {
  /**
   * Feeds the next `length` characters, or by default those up to the next multiple of XML_CHUNK_LENGTH; false once
   * the whole text has been fed (the document is then closed and checked).
   */
  next(length?: number): boolean;
  /** Characters fed so far, and in all. */
  readonly fed: number;
  readonly length: number;
}

/** How to read: `plainScan: false` leaves the whole text to saxes (the tests compare both ways). */
export interface XmlReaderOptions {
  plainScan?: boolean;
}

/**
 * Reads `text` into `handler` one part per `next()`, so that a reader can hand on what it has
 * read before the rest; each call throws a GraphImportError for the first well-formedness problem it meets.
 * Plain XML is read by the scanner (plainXmlScanner.ts); saxes takes over from the first token the scanner does not
 * read, given the elements open there, and reports every problem.
 */
export function createXmlReader(
  text: string,
  handler: XmlHandler,
  context: ImportContext,
  locate: (offset: number) => TextPosition,
  options: XmlReaderOptions = {},
): XmlReader {
  rejectEntityDeclarations(text, context);
  const base = declarationStart(text);
  const state = createPlainScanState(base);
  const { open } = state;
  let scanning = options.plainScan !== false && isPlainScannable(text);
  let parser: SaxesParser<{ position: false }> | null = null;
  const startSaxes = (from: number) => {
    const saxes = new SaxesParser<{ position: false }>({ position: false });
    /** The text offset of saxes' position 0: saxes may be given a prefix standing for what was scanned. */
    let shift = base;
    /** While saxes reads that prefix, its events are not handed over. */
    let priming = false;
    let wantsText = false;
    const onText = (value: string) => handler.text(value);
    const syncText = () => {
      if (handler.wantsText === wantsText) return;
      wantsText = handler.wantsText;
      if (wantsText) saxes.on('text', onText);
      else saxes.off('text');
    };
    saxes.on('opentag', (tag) => {
      if (priming) return;
      const offset = text.lastIndexOf('<', shift + saxes.position - 1);
      open.push({ name: tag.name, offset });
      // Without namespace processing (xmlns: false), saxes gives attribute values as strings.
      handler.startElement(tag as XmlTag, offset);
      syncText();
    });
    saxes.on('closetag', () => {
      if (priming) return;
      state.lastClosed = open.pop();
      handler.endElement();
      syncText();
    });
    saxes.on('cdata', (value) => {
      if (wantsText) handler.text(value);
    });
    saxes.on('error', (error) => {
      const position = shift + saxes.position;
      const problem = explainXmlProblem(error.message, text, position, open, state.lastClosed);
      if (problem.notXml) throw makeFormatError(context, 'the file is not XML (no root element found)');
      const { line, column } = locate(problem.offset);
      const location: ImportErrorLocation = { line, column };
      throw makeFormatError(
        context,
        `malformed XML at line ${line}, column ${column}: ${problem.detail}`,
        location,
      );
    });
    if (state.sawRoot) {
      // The scanner read up to `from`: saxes reads the start tags still open (or an empty root, once it closed).
      const prefix = state.closedRoot ? '<r/>' : open.map((element) => `<${element.name}>`).join('');
      priming = true;
      saxes.write(prefix);
      priming = false;
      shift = from - prefix.length;
      syncText();
    }
    return saxes;
  };
  const { onProgress } = context;
  let start = base;
  let closed = false;
  return {
    get fed() {
      return Math.min(start, text.length);
    },
    length: text.length,
    next(length = XML_CHUNK_LENGTH - (start % XML_CHUNK_LENGTH)) {
      if (closed) return false;
      const chunksBefore = Math.floor(start / XML_CHUNK_LENGTH);
      const until = start + length;
      if (scanning) {
        const status = scanPlainXml(text, base, state, until, handler);
        start = state.position;
        if (status === 'ended') {
          closed = true;
          return false;
        }
        if (status === 'stopped') {
          scanning = false;
          // Before any element, saxes reads from the start: nothing was handed over yet.
          parser = startSaxes(state.sawRoot ? start : (start = base));
        }
      }
      if (!scanning && start < text.length && start < until) {
        parser ??= startSaxes(base);
        parser.write(text.slice(start, until));
        start = until;
      }
      const passedChunk = Math.floor(start / XML_CHUNK_LENGTH) > chunksBefore;
      if (onProgress && passedChunk && start < text.length) onProgress(start / text.length);
      if (start < text.length) return true;
      closed = true;
      (parser ?? startSaxes(base)).close();
      return false;
    },
  };
}

/** Reads `text` into `handler`, or throws a GraphImportError for the first well-formedness problem. */
export function readXml(
  text: string,
  handler: XmlHandler,
  context: ImportContext,
  locate: (offset: number) => TextPosition,
  options: XmlReaderOptions = {},
): void {
  const reader = createXmlReader(text, handler, context, locate, options);
  while (reader.next());
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
