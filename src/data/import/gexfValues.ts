// Converts GEXF attribute value text by its declared type: numbers, booleans, strings and the list types.
const NUMERIC_TYPES = new Set(['byte', 'short', 'integer', 'long', 'float', 'double']);

function scalarValue(type: string, text: string): unknown {
  if (type === 'boolean') return text === 'true';
  if (NUMERIC_TYPES.has(type)) return Number(text);
  return text;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\' };

/**
 * The items of a bracketed GEXF 1.3 list body ("a, 'b, c', \"d\""): comma-separated, optionally quoted,
 * with \n \t \r \\ escapes; any other backslash is dropped and keeps a following quote in the item.
 */
export function splitBracketedList(body: string): string[] {
  const items: string[] = [];
  let item: string | undefined;
  let quote = '';
  let inItem = false;
  let escaping = false;
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (!inItem) {
      if (/\s/.test(char)) continue;
      if (char === ',') {
        if (item !== undefined) items.push(item);
        item = undefined;
        continue;
      }
      inItem = true;
      escaping = false;
      quote = char === '"' || char === "'" ? char : '';
      if (!quote) i--;
      continue;
    }
    item ??= '';
    if (!quote && char === ',') {
      inItem = false;
      i--;
    } else if (quote && !escaping && char === quote) {
      inItem = false;
    } else if (char === '\\') {
      const escaped = i + 1 < body.length ? ESCAPES[body.charAt(i + 1)] : undefined;
      if (escaped === undefined) escaping = true;
      else {
        item += escaped;
        escaping = false;
        i++;
      }
    } else {
      item += char;
      escaping = false;
    }
  }
  if (item !== undefined) items.push(item);
  return items;
}

function listItems(text: string): string[] {
  if (text.length >= 2 && text.startsWith('[') && text.endsWith(']'))
    return splitBracketedList(text.slice(1, -1));
  if (text.includes('|')) return text.split(/\s*\|\s*/);
  if (text.includes(',')) return text.split(/\s*,\s*/);
  return [text];
}

/** The value of an <attvalue> or <default> of the given declared type ("string" when undeclared). */
export function gexfValue(type: string, text: string): unknown {
  if (!type.startsWith('list')) return scalarValue(type, text);
  const itemType = type.slice(4);
  return listItems(text).map((item) => scalarValue(itemType, item));
}
