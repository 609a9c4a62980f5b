// Where a graphology JSON text's "nodes" and "edges" arrays and their elements lie: to parse it a part at a time.

/** A JSON text cut at the top level: `JSON.parse` of each piece gives what parsing the whole text would. */
export interface JsonGraphSections {
  /** The top-level object without its "nodes" and "edges" (options, attributes, anything else). */
  head: string;
  /** The "nodes" array's elements, as JSON array texts of up to `partSize` elements each. */
  nodes: string[];
  /** The same for "edges" (none when the text has no "edges"). */
  edges: string[];
  /** How many elements "edges" has. */
  edgeCount: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isWhiteSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

function skipWhiteSpace(text: string, at: number): number {
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The index just past the string that opens at `at` (a quote), or -1 if it never closes. */
function skipString(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * The index just past the value that starts at `at`, or -1 where its brackets or strings do not close. Only its
 * extent is found: `JSON.parse` of the piece checks the rest.
 */
function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return skipString(text, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number or a literal: up to the next delimiter.
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhiteSpace(code)) break;
      at++;
    }
    return at;
  }
  let depth = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = skipString(text, at);
      if (at < 0) return -1;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return at + 1;
    }
    at++;
  }
  return -1;
}

/** The elements of the array that opens at `at`, in pieces of up to `partSize`; null where it is not well formed. */
function readArray(
  text: string,
  at: number,
  partSize: number,
): { pieces: string[]; count: number; end: number } | null {
  const pieces: string[] = [];
  let count = 0;
  at = skipWhiteSpace(text, at + 1);
  if (text.charCodeAt(at) === CLOSE_BRACKET) return { pieces, count, end: at + 1 };
  let pieceStart = at;
  for (;;) {
    const end = skipValue(text, at);
    if (end <= at) return null;
    count++;
    at = skipWhiteSpace(text, end);
    const next = text.charCodeAt(at);
    if (next === CLOSE_BRACKET || count % partSize === 0) pieces.push(`[${text.slice(pieceStart, end)}]`);
    if (next === CLOSE_BRACKET) return { pieces, count, end: at + 1 };
    if (next !== COMMA) return null;
    at = skipWhiteSpace(text, at + 1);
    if (count % partSize === 0) pieceStart = at;
  }
}

/**
 * Cuts a JSON text whose top level is an object with a "nodes" array (and maybe an "edges" array after it) into
 * pieces; null for any other text, or one that is not well formed where the cuts are made (reading it whole reports
 * why), or one that names "nodes" or "edges" twice (JSON.parse would keep the last).
 */
export function findJsonGraphSections(text: string, partSize: number): JsonGraphSections | null {
  let at = skipWhiteSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text.charCodeAt(at) !== OPEN_BRACE) return null;
  const others: string[] = [];
  let nodes: string[] | null = null;
  let edges: { pieces: string[]; count: number } | null = null;
  at = skipWhiteSpace(text, at + 1);
  if (text.charCodeAt(at) === CLOSE_BRACE) return null;
  for (;;) {
    if (text.charCodeAt(at) !== QUOTE) return null;
    const keyStart = at;
    const keyEnd = skipString(text, at);
    if (keyEnd < 0) return null;
    let key: unknown;
    try {
      key = JSON.parse(text.slice(keyStart, keyEnd));
    } catch {
      return null;
    }
    at = skipWhiteSpace(text, keyEnd);
    if (text.charCodeAt(at) !== COLON) return null;
    at = skipWhiteSpace(text, at + 1);
    if (key === 'nodes' || key === 'edges') {
      if (text.charCodeAt(at) !== OPEN_BRACKET || (key === 'nodes' ? nodes : edges)) return null;
      // Edges before nodes: the edges could not be read as they are parsed.
      if (key === 'edges' && !nodes) return null;
      const array = readArray(text, at, partSize);
      if (!array) return null;
      if (key === 'nodes') nodes = array.pieces;
      else edges = array;
      at = array.end;
    } else {
      const end = skipValue(text, at);
      if (end <= at) return null;
      others.push(text.slice(keyStart, end));
      at = end;
    }
    at = skipWhiteSpace(text, at);
    const next = text.charCodeAt(at);
    if (next === CLOSE_BRACE) break;
    if (next !== COMMA) return null;
    at = skipWhiteSpace(text, at + 1);
  }
  if (!nodes || skipWhiteSpace(text, at + 1) !== text.length) return null;
  return { head: `{${others.join(',')}}`, nodes, edges: edges?.pieces ?? [], edgeCount: edges?.count ?? 0 };
}
