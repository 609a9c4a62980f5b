// Finds the first tag-structure problem in XML text in linear time (xmldom accepts mismatched end tags silently).
export interface TagProblem {
  offset: number;
  message: string;
  /** True for "never closed": found at the end of the file, though reported where the element opens. */
  atEnd?: boolean;
  /** Elements still open at the end (atEnd only). */
  openCount?: number;
}

// A start or end tag at a position (quoted attribute values cannot contain "<", which keeps this linear).
const TAG = /<(\/?)([^\s/<>!?"'=]+)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/y;

/** Sections skipped whole: comments, CDATA, processing instructions, declarations. */
const SECTIONS: [string, string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

interface OpenTag {
  name: string;
  offset: number;
}

/**
 * The first malformed tag, unclosed section or mismatched end tag, else the innermost element never closed;
 * null when the tags balance.
 */
export function findTagMismatch(text: string, lineAt: (offset: number) => number): TagProblem | null {
  const stack: OpenTag[] = [];
  let position = text.indexOf('<');
  scan: while (position !== -1) {
    for (const [open, close] of SECTIONS) {
      if (!text.startsWith(open, position)) continue;
      const end = text.indexOf(close, position + open.length);
      if (end === -1) return { offset: position, message: `"${open}" is never closed with "${close}"` };
      position = text.indexOf('<', end + close.length);
      continue scan;
    }
    TAG.lastIndex = position;
    const match = TAG.exec(text);
    if (!match) {
      return { offset: position, message: 'a tag is malformed (or a "<" in text is not written as &lt;)' };
    }
    const [, close, name = '', rest = ''] = match;
    if (!close) {
      if (!rest.endsWith('/')) stack.push({ name, offset: position });
    } else {
      const open = stack.pop();
      if (!open) return { offset: position, message: `the end tag </${name}> has no start tag` };
      if (open.name !== name) {
        return {
          offset: position,
          message: `the end tag </${name}> does not match <${open.name}> (opened at line ${lineAt(open.offset)})`,
        };
      }
    }
    position = text.indexOf('<', TAG.lastIndex);
  }
  const open = stack[stack.length - 1];
  if (!open) return null;
  return {
    offset: open.offset,
    message: `the element <${open.name}> is never closed`,
    atEnd: true,
    openCount: stack.length,
  };
}
