// Reads plain XML (ASCII names, the predefined entities, character references, comments) a token at a time with
// regular expressions rather than a character at a time in JavaScript; it stops at anything else, for saxes.
import type { OpenElement } from './xmlProblems';
import type { XmlHandler, XmlTag } from './readXml';

/** Where a scan is: the next token's offset, the open elements, and what saxes needs to take over. */
export interface PlainScanState {
  /** Offset of the next token: after a stop, of the token the scanner does not read. */
  position: number;
  readonly open: OpenElement[];
  lastClosed: OpenElement | undefined;
  /** Whether a start tag was read. */
  sawRoot: boolean;
  /** Whether the root element's end tag was read. */
  closedRoot: boolean;
}

/** A scan about to read its first token at `position`. */
export function createPlainScanState(position: number): PlainScanState {
  return { position, open: [], lastClosed: undefined, sawRoot: false, closedRoot: false };
}

/** paused: read up to the offset asked for; ended: the whole document, well formed; stopped: see `position`. */
export type PlainScanStatus = 'paused' | 'ended' | 'stopped';

/**
 * Characters XML 1.0 does not allow anywhere (lone surrogates included), and "]]>", which text may not hold and
 * which ends the CDATA sections the scanner leaves to saxes: a text with any of them is left to saxes whole.
 */
const NOT_PLAIN =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\]\]>|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the scanner may read `text` at all. */
export function isPlainScannable(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

const S = '[ \\t\\r\\n]';
const NAME = '[A-Za-z_:][-\\w.:]*';
/** An XML declaration of version 1.0 (1.1 has other line ends and characters), as saxes checks one. */
const DECLARATION = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(?:"1\\.0"|'1\\.0')` +
    `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][\\w.-]*"|'[A-Za-z][\\w.-]*'))?` +
    `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`,
  'y',
);
const TAG_NAME = new RegExp(`<(${NAME})`, 'y');
const ATTRIBUTE = new RegExp(`${S}+(${NAME})${S}*=${S}*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const TAG_CLOSE = new RegExp(`${S}*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})${S}*>`, 'y');
/** A comment: no "--" inside, and not ending with "-". */
const COMMENT = /<!--(?:[^-]|-(?!-))*-->/y;
const WHITE_SPACE_ONLY = /^[ \t\r\n]*$/;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Whether `code` is a character XML 1.0 allows (a character reference to anything else is an error). */
const isXmlCharacter = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** References, a bare "&", and the line ends and tabs an attribute value turns into spaces. */
const IN_ATTRIBUTE = /\r\n|[\r\n\t]|&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));|&/g;
/** References, a bare "&", and the line ends text turns into "\n". */
const IN_TEXT = /\r\n?|&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));|&/g;

/**
 * `raw` with its references decoded and its line ends (and, in attribute values, tabs) normalised as XML says, or
 * null when it holds a bare "&" or a reference to a character XML does not allow.
 */
function decode(raw: string, pattern: RegExp, space: string): string | null {
  let bad = false;
  const value = raw.replace(pattern, (match, name?: string, decimal?: string, hex?: string) => {
    if (name) return PREDEFINED[name]!;
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
      if (!isXmlCharacter(code)) bad = true;
      return bad ? '' : String.fromCodePoint(code);
    }
    if (match === '&') bad = true;
    return space;
  });
  return bad ? null : value;
}

const NEEDS_DECODING = /[&\r\n\t]/;
const needsDecoding = (raw: string) => NEEDS_DECODING.test(raw);

/**
 * The prototype of the attribute objects: it has none itself and no properties, so any key, "__proto__" included,
 * is an own property, as in the prototype-less objects saxes gives; V8 keeps these in fast mode.
 */
const NO_PROPERTIES: object = Object.freeze(Object.create(null) as object);

/**
 * Reads tokens of `text` from `state.position` into `handler` until one starts at or after `until`, the document
 * ends, or a token is not plain XML (state.position is then where it starts; nothing of it was handed over).
 * `base` is where the document starts (an XML declaration is read only there).
 */
export function scanPlainXml(
  text: string,
  base: number,
  state: PlainScanState,
  until: number,
  handler: XmlHandler,
): PlainScanStatus {
  const { open } = state;
  const end = text.length;
  let at = state.position;
  // Before the root, as saxes: no text is handed over until a tag has been read.
  let wantsText = state.sawRoot && handler.wantsText;
  /** The next "&" at or after `at` (text.length when none): text without one needs no checking. */
  let ampersand = -1;
  const closeElement = () => {
    state.lastClosed = open.pop();
    handler.endElement();
    wantsText = handler.wantsText;
    if (open.length === 0) state.closedRoot = true;
  };
  const stop = (): PlainScanStatus => {
    state.position = at;
    return 'stopped';
  };
  while (at < end) {
    if (at >= until) {
      state.position = at;
      return 'paused';
    }
    if (text.charCodeAt(at) !== 0x3c /* < */) {
      const next = text.indexOf('<', at);
      // Text that runs to the end inside an element: the document is unfinished, which saxes reports.
      if (next === -1 && open.length > 0) return stop();
      const runEnd = next === -1 ? end : next;
      if (ampersand < at) {
        ampersand = text.indexOf('&', at);
        if (ampersand === -1) ampersand = end;
      }
      // Most runs are the white space between tags, unwanted and without references: nothing to read.
      if (wantsText || ampersand < runEnd || open.length === 0) {
        const raw = text.slice(at, runEnd);
        if (open.length === 0 && !WHITE_SPACE_ONLY.test(raw)) return stop();
        const value = needsDecoding(raw) ? decode(raw, IN_TEXT, '\n') : raw;
        if (value === null) return stop();
        if (wantsText) handler.text(value);
      }
      at = runEnd;
      continue;
    }
    const marker = text.charCodeAt(at + 1);
    if (marker === 0x2f /* / */) {
      END_TAG.lastIndex = at;
      const match = END_TAG.exec(text);
      if (!match || open[open.length - 1]?.name !== match[1]) return stop();
      at = END_TAG.lastIndex;
      closeElement();
      continue;
    }
    if (marker === 0x21 /* ! */) {
      COMMENT.lastIndex = at;
      if (!COMMENT.test(text)) return stop();
      at = COMMENT.lastIndex;
      continue;
    }
    if (marker === 0x3f /* ? */) {
      if (at !== base) return stop();
      DECLARATION.lastIndex = at;
      if (!DECLARATION.test(text)) return stop();
      at = DECLARATION.lastIndex;
      continue;
    }
    if (state.closedRoot) return stop();
    TAG_NAME.lastIndex = at;
    const name = TAG_NAME.exec(text)?.[1];
    if (name === undefined) return stop();
    let cursor = TAG_NAME.lastIndex;
    const attributes = Object.create(NO_PROPERTIES) as Record<string, string>;
    for (;;) {
      ATTRIBUTE.lastIndex = cursor;
      const attribute = ATTRIBUTE.exec(text);
      if (!attribute) break;
      const key = attribute[1]!;
      const raw = attribute[2] ?? attribute[3]!;
      const value = needsDecoding(raw) ? decode(raw, IN_ATTRIBUTE, ' ') : raw;
      if (value === null || attributes[key] !== undefined) return stop();
      attributes[key] = value;
      cursor = ATTRIBUTE.lastIndex;
    }
    TAG_CLOSE.lastIndex = cursor;
    const close = TAG_CLOSE.exec(text);
    if (!close) return stop();
    const tag: XmlTag = { name, attributes };
    open.push({ name, offset: at });
    state.sawRoot = true;
    handler.startElement(tag, at);
    wantsText = handler.wantsText;
    at = TAG_CLOSE.lastIndex;
    if (close[1]) closeElement();
  }
  state.position = at;
  return state.sawRoot && open.length === 0 ? 'ended' : 'stopped';
}
