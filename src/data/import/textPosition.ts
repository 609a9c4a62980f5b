// Line and column numbers of character offsets in a text (1-based), one-off or incremental.
export interface TextPosition {
  line: number;
  column: number;
}

export function lineAndColumnAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Line numbers for increasing offsets in O(total length). */
export function makeLineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    if (offset < position) {
      position = 0;
      line = 1;
    }
    for (let i = text.indexOf('\n', position); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    position = offset;
    return line;
  };
}
