// Turns a saxes well-formedness error into plain words, located at the construct at fault rather than where saxes stopped.
import { lineAndColumnAt } from './textPosition';

/** An element open when the error happened: its name and the offset of its "<". */
export interface OpenElement {
  name: string;
  offset: number;
}

export interface XmlProblem {
  detail: string;
  offset: number;
  /** True when the text has no element at all: it is not XML. */
  notXml?: boolean;
}

const ROOT_ONLY = 'content after the root element (XML allows a single root element)';

/** Fixed saxes messages and what they mean, said as the tag-level problems they are. */
const TAG_PROBLEMS: Record<string, string> = {
  'attribute without value.': 'an attribute has no value (expected name="…")',
  'no whitespace between attributes.': 'attributes must be separated by spaces',
  'forward-slash in opening tag not followed by >.': 'in a self-closing tag, "/" must be followed by ">"',
  'disallowed character in attribute name.': 'an attribute name is malformed',
  'disallowed character in tag name': 'a tag is malformed (or a "<" in text is not written as &lt;)',
  'disallowed character in tag name.': 'a tag is malformed (or a "<" in text is not written as &lt;)',
  'disallowed character in closing tag.': 'an end tag is malformed',
};

/** The name of the end tag whose "</" is at `start`. */
function endTagName(text: string, start: number): string {
  return /^<\/([^\s>]*)/.exec(text.slice(start, start + 200))?.[1] ?? '';
}

/** What is left unfinished at the end of the text: a comment, a CDATA section, a tag, or else nothing. */
function unfinishedAtEnd(text: string): XmlProblem | undefined {
  for (const [open, close] of [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
  ] as const) {
    const start = text.lastIndexOf(open);
    if (start !== -1 && text.indexOf(close, start + open.length) === -1)
      return { detail: `"${open}" is never closed with "${close}"`, offset: start };
  }
  const lastOpen = text.lastIndexOf('<');
  if (lastOpen !== -1 && text.indexOf('>', lastOpen) === -1)
    return { detail: 'unexpected end of the file', offset: lastOpen };
  return undefined;
}

/** A "<" where saxes wanted something else: most often an attribute value missing its closing quote. */
function strayLessThan(text: string, at: number): XmlProblem {
  const tagStart = text.lastIndexOf('<', at - 1);
  const tag = tagStart === -1 ? '' : text.slice(tagStart, at);
  for (const quote of ['"', "'"]) {
    if (tag.split(quote).length % 2 === 0)
      return { detail: `an attribute value has no closing ${quote}`, offset: tagStart };
  }
  return { detail: 'a "<" is out of place (in text it must be written as &lt;)', offset: at };
}

/** A "&" that starts no reference ("R&D"): saxes reads on to the next ";" and reports a later, odder problem. */
const BARE_AMPERSAND = /&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);)/g;

function bareAmpersand(text: string, before: number): XmlProblem | undefined {
  BARE_AMPERSAND.lastIndex = 0;
  const match = BARE_AMPERSAND.exec(text);
  if (!match || match.index >= before) return undefined;
  return { detail: 'a "&" that starts no reference must be written as &amp;', offset: match.index };
}

/** Messages saxes gives when a bare "&" made it read past the end of a text or attribute value. */
const AFTER_BARE_AMPERSAND =
  /^(?:unclosed tag: |unexpected end\.|disallowed character in entity name\.|empty entity name\.)/;

function unknownReference(text: string, at: number, known: boolean): XmlProblem {
  const start = text.lastIndexOf('&', at - 1);
  const reference = /^&[^\s;<&]{0,40};?/.exec(text.slice(start, start + 42))?.[0] ?? '&';
  if (known) return { detail: `unknown entity ${reference}`, offset: start };
  return { detail: 'a "&" that starts no reference must be written as &amp;', offset: start };
}

/**
 * Plain words for a saxes error `message` raised when saxes had read up to `position`; `open` are the elements still
 * open (innermost last) and `lastClosed` the one closed last (saxes closes an element before finding its end tag
 * does not match it).
 */
export function explainXmlProblem(
  message: string,
  text: string,
  position: number,
  open: readonly OpenElement[],
  lastClosed: OpenElement | undefined,
): XmlProblem {
  const at = Math.max(0, Math.min(position, text.length) - 1);
  const tagStart = Math.max(0, text.lastIndexOf('<', at));
  const anyElement = open.length > 0 || lastClosed !== undefined;
  if (message === 'document must contain a root element.' || (!anyElement && message.startsWith('text data')))
    return { detail: '', offset: 0, notXml: true };
  if (message === 'documents may contain only one root.') return { detail: ROOT_ONLY, offset: tagStart };
  if (message.startsWith('text data outside')) return { detail: ROOT_ONLY, offset: at };
  const ampersand = AFTER_BARE_AMPERSAND.test(message) ? bareAmpersand(text, position) : undefined;
  if (ampersand) return ampersand;
  if (message === 'unexpected close tag.' && lastClosed) {
    const start = text.lastIndexOf('</', at);
    const { line } = lineAndColumnAt(text, lastClosed.offset);
    const detail = `the end tag </${endTagName(text, start)}> does not match <${lastClosed.name}> (opened at line ${line})`;
    return { detail, offset: start };
  }
  const unmatched = /^unmatched closing tag: (.*)\.$/.exec(message);
  if (unmatched)
    return { detail: `the end tag </${unmatched[1]}> has no start tag`, offset: text.lastIndexOf('</', at) };
  const unclosed = /^unclosed tag: (.*)$/.exec(message);
  if (unclosed) {
    const innermost = open[open.length - 1];
    return (
      unfinishedAtEnd(text) ?? {
        detail: `the element <${unclosed[1]}> is never closed`,
        offset: innermost?.offset ?? at,
      }
    );
  }
  if (message === 'unexpected end.')
    return unfinishedAtEnd(text) ?? { detail: 'unexpected end of the file', offset: at };
  const duplicate = /^duplicate attribute: (.*)\.$/.exec(message);
  if (duplicate)
    return { detail: `attribute "${duplicate[1]}" appears twice on the same element`, offset: tagStart };
  if (message === 'unquoted attribute value.') {
    const value = /^[^\s/>]*/.exec(text.slice(at, at + 40))?.[0] ?? '';
    return { detail: `an attribute value is not in quotes (${value})`, offset: tagStart };
  }
  const tagProblem = TAG_PROBLEMS[message];
  if (tagProblem) return { detail: tagProblem, offset: tagStart };
  if (message === 'undefined entity.') return unknownReference(text, at, true);
  if (message === 'disallowed character in entity name.' || message === 'empty entity name.')
    return unknownReference(text, at, false);
  if (message === 'malformed character entity.') {
    const problem = unknownReference(text, at, true);
    return { ...problem, detail: problem.detail.replace('unknown entity', 'invalid character reference') };
  }
  if (message === 'disallowed character.') {
    if (text.charAt(at) === '<') return strayLessThan(text, at);
    const code = text.codePointAt(at) ?? 0;
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return { detail: `a character XML does not allow (${name})`, offset: at };
  }
  return { detail: message.replace(/\.$/, ''), offset: at };
}
