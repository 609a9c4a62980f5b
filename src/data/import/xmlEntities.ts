// Decodes XML references in text and attribute values: the five predefined entities and numeric character references.
import { XmlSyntaxError } from './xmlSyntaxError';

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** A reference like xmldom accepts it: "&name;" or "&#123;"/"&#x1F;"; a lone "&" is left as it is. */
const REFERENCE = /&(#?)(\w+);/g;

function characterFor(reference: string, digits: string, offset: number): string {
  const hex = digits[0] === 'x' || digits[0] === 'X';
  const body = hex ? digits.slice(1) : digits;
  const valid = hex ? /^[0-9a-f]+$/i.test(body) : /^[0-9]+$/.test(body);
  const code = valid ? parseInt(body, hex ? 16 : 10) : NaN;
  if (!(code >= 0 && code <= 0x10ffff))
    throw new XmlSyntaxError(`invalid character reference ${reference}`, offset);
  return String.fromCodePoint(code);
}

/**
 * `raw` with its references replaced. Errors (unknown entity, invalid character) are located at
 * `offset` plus, when `exact`, the reference's index in `raw` (text), else at `offset` itself (a tag).
 */
export function decodeReferences(raw: string, offset: number, exact: boolean): string {
  return raw.replace(REFERENCE, (reference: string, hash: string, name: string, index: number) => {
    const at = exact ? offset + index : offset;
    if (hash) return characterFor(reference, name, at);
    const value = PREDEFINED.get(name);
    if (value === undefined) throw new XmlSyntaxError(`unknown entity ${reference}`, at);
    return value;
  });
}
