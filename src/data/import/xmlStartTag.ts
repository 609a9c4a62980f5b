// Reads one start tag ("<name a="1" b='2'>" or "…/>") into an XmlTag, checking its well-formedness as it goes.
import { decodeReferences } from './xmlEntities';
import { XmlSyntaxError } from './xmlSyntaxError';
import { isNameStart, isXmlSpace, scanName, scanToken, skipSpace, type NameCache } from './xmlNames';
import type { XmlTag } from './xmlTag';

const SPACE = 32;
const LF = 10;
const TAB = 9;
const CR = 13;
const DOUBLE_QUOTE = 34;
const AMPERSAND = 38;
const SINGLE_QUOTE = 39;
const SLASH = 47;
const LESS_THAN = 60;
const EQUALS = 61;
const GREATER_THAN = 62;

/** Literal tabs and line breaks in attribute values become spaces (a CR LF pair becomes one). */
function normaliseAttributeSpace(value: string): string {
  return value.replace(/\r\n|[\t\n\r]/g, ' ');
}

function unterminatedValue(text: string, quote: number, from: number, tagStart: number): XmlSyntaxError {
  const mark = String.fromCharCode(quote);
  const detail =
    text.indexOf(mark, from) === -1 ? '' : ` (or it contains "<", which must be written as &lt;)`;
  return new XmlSyntaxError(`an attribute value has no closing ${mark}${detail}`, tagStart);
}

/** Reads a quoted value whose opening quote is at `open`; returns the offset just past the closing quote. */
function readQuotedValue(text: string, open: number, tag: XmlTag, name: string, tagStart: number): number {
  const quote = text.charCodeAt(open);
  let position = open + 1;
  let references = false;
  let breaks = false;
  for (; ; position++) {
    if (position >= text.length) throw unterminatedValue(text, quote, open + 1, tagStart);
    const code = text.charCodeAt(position);
    if (code === quote) break;
    if (code === LESS_THAN) throw unterminatedValue(text, quote, open + 1, tagStart);
    if (code === AMPERSAND) references = true;
    else if (code < SPACE && (code === LF || code === TAB || code === CR)) breaks = true;
  }
  let value = text.slice(open + 1, position);
  if (breaks) value = normaliseAttributeSpace(value);
  if (references) value = decodeReferences(value, tagStart, false);
  if (tag.has(name))
    throw new XmlSyntaxError(`attribute "${name}" appears twice on the same element`, tagStart);
  tag.add(name, value);
  return position + 1;
}

/** Whether the name from `start` to `end` is whole: a valid start, then space, ">", "/" (or "=") or the end. */
function isWholeName(text: string, start: number, end: number, equals: boolean): boolean {
  if (end === start || !isNameStart(text.charCodeAt(start))) return false;
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  return isXmlSpace(next) || next === GREATER_THAN || next === SLASH || (equals && next === EQUALS);
}

function readAttribute(text: string, start: number, tag: XmlTag, tagStart: number, names: NameCache): number {
  const nameEnd = scanName(text, start);
  if (!isWholeName(text, start, nameEnd, true)) {
    const token = text.slice(start, scanToken(text, start));
    if (nameEnd === start && token.length <= 1) {
      throw new XmlSyntaxError(
        `unexpected ${JSON.stringify(token || text.charAt(start))} in the tag <${tag.name}>`,
        tagStart,
      );
    }
    throw new XmlSyntaxError(`invalid attribute name "${token}"`, tagStart);
  }
  const name = names.get(text, start, nameEnd);
  let position = skipSpace(text, nameEnd);
  if (text.charCodeAt(position) !== EQUALS) {
    if (position >= text.length) throw new XmlSyntaxError('unexpected end of the file', tagStart);
    throw new XmlSyntaxError(`the attribute "${name}" has no value (expected ${name}="…")`, tagStart);
  }
  position = skipSpace(text, position + 1);
  const code = text.charCodeAt(position);
  if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE)
    return readQuotedValue(text, position, tag, name, tagStart);
  if (position >= text.length) throw new XmlSyntaxError('unexpected end of the file', tagStart);
  let end = position;
  while (end < text.length && !isXmlSpace(text.charCodeAt(end)) && !'/><'.includes(text.charAt(end))) end++;
  if (end === position) throw new XmlSyntaxError('an attribute has no value after "="', tagStart);
  throw new XmlSyntaxError(`an attribute value is not in quotes (${text.slice(position, end)})`, tagStart);
}

/**
 * Reads the start tag whose "<" is at `tagStart` into `tag`; returns the offset just past its ">".
 * @throws XmlSyntaxError located at the tag's "<".
 */
export function readStartTag(text: string, tagStart: number, tag: XmlTag, names: NameCache): number {
  const nameStart = tagStart + 1;
  const nameEnd = scanName(text, nameStart);
  if (!isWholeName(text, nameStart, nameEnd, false)) {
    const token = text.slice(nameStart, scanToken(text, nameStart));
    if (!token)
      throw new XmlSyntaxError('a tag is malformed (or a "<" in text is not written as &lt;)', tagStart);
    throw new XmlSyntaxError(`invalid tag name "${token}"`, tagStart);
  }
  tag.name = names.get(text, nameStart, nameEnd);
  tag.count = 0;
  let position = nameEnd;
  for (;;) {
    const afterSpace = skipSpace(text, position);
    const code = text.charCodeAt(afterSpace);
    if (code === GREATER_THAN) {
      tag.selfClosing = false;
      return afterSpace + 1;
    }
    if (code === SLASH) {
      if (text.charCodeAt(afterSpace + 1) !== GREATER_THAN) {
        throw new XmlSyntaxError('in a self-closing tag, "/" must be followed by ">"', tagStart);
      }
      tag.selfClosing = true;
      return afterSpace + 2;
    }
    if (afterSpace >= text.length) throw new XmlSyntaxError('unexpected end of the file', tagStart);
    if (afterSpace === position && position !== nameEnd) {
      const next = text.slice(afterSpace, scanName(text, afterSpace)) || text.charAt(afterSpace);
      throw new XmlSyntaxError(`attributes must be separated by spaces (before "${next}")`, tagStart);
    }
    position = readAttribute(text, afterSpace, tag, tagStart, names);
  }
}
