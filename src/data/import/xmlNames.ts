// Scanning XML names and white space, and a small cache so repeated tag/attribute names are not re-allocated.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

export function isXmlSpace(code: number): boolean {
  return code === SPACE || code === LF || code === TAB || code === CR;
}

export function skipSpace(text: string, start: number): number {
  let position = start;
  while (position < text.length && isXmlSpace(text.charCodeAt(position))) position++;
  return position;
}

/** Name characters: ASCII letters, digits, "-", ".", "_", ":" and (loosely) any non-ASCII character. */
export function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 58) ||
    code === 45 ||
    code === 46 ||
    code === 95 ||
    code >= 128
  );
}

/** The offset just past the name starting at `start` (equal to `start` when there is none). */
export function scanName(text: string, start: number): number {
  let position = start;
  while (position < text.length && isNameChar(text.charCodeAt(position))) position++;
  return position;
}

/** The offset of the next white space, ">", "/", "=" or "<" (to show a malformed name whole). */
export function scanToken(text: string, start: number): number {
  let position = start;
  while (position < text.length && !'\t\n\r />=<'.includes(text.charAt(position))) position++;
  return position;
}

/** Names start with a letter, "_", ":" or a non-ASCII character. */
export function isNameStart(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code >= 128
  );
}

const CACHE_SIZE = 64;

/** The first names met (a graph file uses a few dozen), returned instead of a new slice when they come again. */
export class NameCache {
  private readonly names: string[] = [];

  get(text: string, start: number, end: number): string {
    const length = end - start;
    const first = text.charCodeAt(start);
    for (const name of this.names) {
      if (name.length === length && name.charCodeAt(0) === first && text.startsWith(name, start)) return name;
    }
    const name = text.slice(start, end);
    if (this.names.length < CACHE_SIZE) this.names.push(name);
    return name;
  }
}
