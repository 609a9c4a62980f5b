// A linear, streaming XML tokenizer (no DOM): start/end tags and text to a handler, well-formedness checked as it goes.
import { decodeReferences } from './xmlEntities';
import { isNameChar, isNameStart, NameCache, scanName, skipSpace } from './xmlNames';
import { readStartTag } from './xmlStartTag';
import { XmlSyntaxError } from './xmlSyntaxError';
import { XmlTag } from './xmlTag';

export interface XmlHandler {
  /** Read before each piece of text: when false, the text is only checked, not decoded nor passed on. */
  readonly wantsText: boolean;
  /** A start tag (a self-closing one is followed at once by its endElement). `tag` is reused: copy what you keep. */
  startElement(tag: XmlTag, offset: number): void;
  endElement(name: string): void;
  /** Text content (references decoded, CDATA sections as they are), possibly in several pieces. */
  text(value: string): void;
}

export interface TokenizeOptions {
  /** Called with the fraction of the text read, every `progressStep` characters (default 1 MiB). */
  onProgress?: (fraction: number) => void;
  progressStep?: number;
}

/** Sections skipped whole (DOCTYPE/ENTITY declarations are refused before tokenizing). */
const SECTIONS: [open: string, close: string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];
const CDATA = 1;
const EXCLAMATION = 33;
const SLASH = 47;
const QUESTION = 63;
const GREATER_THAN = 62;

class XmlTokenizer {
  private readonly tag = new XmlTag();
  private readonly names = new NameCache();
  private readonly openNames: string[] = [];
  private readonly openOffsets: number[] = [];
  private depth = 0;
  private rootSeen = false;
  /** The next "&" at or after the current text (text.length when there is none): found once, reused. */
  private nextAmpersand = -1;

  constructor(
    private readonly text: string,
    private readonly handler: XmlHandler,
  ) {}

  run(options: TokenizeOptions): boolean {
    const { text } = this;
    const step = options.progressStep ?? 1024 * 1024;
    let nextReport = options.onProgress ? step : Infinity;
    let position = 0;
    for (;;) {
      const lessThan = text.indexOf('<', position);
      const textEnd = lessThan === -1 ? text.length : lessThan;
      if (textEnd > position && this.depth > 0) this.readText(position, textEnd);
      if (lessThan === -1) break;
      const next = text.charCodeAt(lessThan + 1);
      if (next === SLASH) position = this.readEndTag(lessThan);
      else if (next === EXCLAMATION || next === QUESTION) position = this.readSection(lessThan);
      else position = this.readStart(lessThan);
      if (position >= nextReport) {
        options.onProgress?.(position / text.length);
        nextReport = (Math.floor(position / step) + 1) * step;
      }
    }
    const open = this.openOffsets[this.depth - 1];
    if (open !== undefined)
      throw new XmlSyntaxError(`the element <${this.openNames[this.depth - 1]}> is never closed`, open);
    return this.rootSeen;
  }

  private readText(start: number, end: number) {
    if (this.nextAmpersand < start) {
      const found = this.text.indexOf('&', start);
      this.nextAmpersand = found === -1 ? this.text.length : found;
    }
    const references = this.nextAmpersand < end;
    if (!references && !this.handler.wantsText) return;
    let value = this.text.slice(start, end);
    if (references) value = decodeReferences(value, start, true);
    if (this.handler.wantsText) this.handler.text(normaliseLineEnds(value));
  }

  private readStart(offset: number): number {
    const end = readStartTag(this.text, offset, this.tag, this.names);
    if (this.depth === 0) {
      if (this.rootSeen) {
        throw new XmlSyntaxError('content after the root element (XML allows a single root element)', offset);
      }
      this.rootSeen = true;
    }
    const { name, selfClosing } = this.tag;
    this.handler.startElement(this.tag, offset);
    if (selfClosing) this.handler.endElement(name);
    else {
      this.openNames[this.depth] = name;
      this.openOffsets[this.depth] = offset;
      this.depth++;
    }
    return end;
  }

  private readEndTag(offset: number): number {
    const { text } = this;
    const open = this.openNames[this.depth - 1];
    const nameStart = offset + 2;
    if (open !== undefined && text.startsWith(open, nameStart)) {
      const close = skipSpace(text, nameStart + open.length);
      if (text.charCodeAt(close) === GREATER_THAN && !isNameChar(text.charCodeAt(nameStart + open.length))) {
        this.depth--;
        this.handler.endElement(open);
        return close + 1;
      }
    }
    return this.badEndTag(offset);
  }

  /** Throws the right error for an end tag that does not close the open element. */
  private badEndTag(offset: number): never {
    const { text } = this;
    const nameEnd = scanName(text, offset + 2);
    const name = text.slice(offset + 2, nameEnd);
    const close = skipSpace(text, nameEnd);
    if (close >= text.length) throw new XmlSyntaxError('unexpected end of the file', offset);
    if (!name || !isNameStart(name.charCodeAt(0)) || text.charCodeAt(close) !== GREATER_THAN) {
      throw new XmlSyntaxError(`the end tag </${name}> is malformed`, offset);
    }
    if (this.depth === 0) throw new XmlSyntaxError(`the end tag </${name}> has no start tag`, offset);
    const line = lineOf(text, this.openOffsets[this.depth - 1] ?? 0);
    throw new XmlSyntaxError(
      `the end tag </${name}> does not match <${this.openNames[this.depth - 1]}> (opened at line ${line})`,
      offset,
    );
  }

  /** Comments, CDATA, processing instructions and other "<!" declarations. */
  private readSection(offset: number): number {
    const { text } = this;
    for (let index = 0; index < SECTIONS.length; index++) {
      const [open, close] = SECTIONS[index]!;
      if (!text.startsWith(open, offset)) continue;
      const end = text.indexOf(close, offset + open.length);
      if (end === -1) throw new XmlSyntaxError(`"${open}" is never closed with "${close}"`, offset);
      if (index === CDATA && this.depth > 0 && this.handler.wantsText) {
        this.handler.text(normaliseLineEnds(text.slice(offset + open.length, end)));
      }
      return end + close.length;
    }
    return offset + 1;
  }
}

/** XML reads CR LF and lone CR as LF. */
function normaliseLineEnds(value: string): string {
  return value.indexOf('\r') === -1 ? value : value.replace(/\r\n?/g, '\n');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Tokenizes `text` in one pass, calling the handler for each tag and (wanted) text.
 * @returns whether the document has a root element.
 * @throws XmlSyntaxError at the first well-formedness problem.
 */
export function tokenizeXml(text: string, handler: XmlHandler, options: TokenizeOptions = {}): boolean {
  return new XmlTokenizer(text, handler).run(options);
}
