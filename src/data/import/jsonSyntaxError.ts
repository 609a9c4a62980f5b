// Finds where JSON text stops being valid (offset and reason), since JSON.parse messages differ by engine and often omit it.
export interface JsonSyntaxProblem {
  offset: number;
  reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not contain raw control characters
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

type Frame = 'object' | 'array';

/** Scans the text iteratively (no recursion, so deep nesting cannot overflow); null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let pos = 0;
  const stack: Frame[] = [];
  const skip = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const describe = () =>
    pos >= text.length ? 'unexpected end of the file' : `unexpected character ${JSON.stringify(text[pos])}`;
  const readString = (): JsonSyntaxProblem | null => {
    pos++;
    STRING_BODY.lastIndex = pos;
    STRING_BODY.exec(text);
    pos = STRING_BODY.lastIndex;
    if (text[pos] === '"') {
      pos++;
      return null;
    }
    if (pos >= text.length) return { offset: pos, reason: 'unterminated string' };
    if (text[pos] === '\\') return { offset: pos, reason: 'invalid escape sequence in a string' };
    return { offset: pos, reason: 'control character inside a string (use \\n, \\t, …)' };
  };
  // expecting: 'value' | 'key' | 'after'
  let expecting: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skip();
    const c = text[pos];
    if (expecting === 'key') {
      if (c !== '"')
        return { offset: pos, reason: `expected a property name in double quotes, ${describe()}` };
      const problem = readString();
      if (problem) return problem;
      skip();
      if (text[pos] !== ':')
        return { offset: pos, reason: `expected ':' after a property name, ${describe()}` };
      pos++;
      expecting = 'value';
      continue;
    }
    if (expecting === 'value') {
      if (c === '{' || c === '[') {
        pos++;
        skip();
        if (text[pos] === (c === '{' ? '}' : ']')) {
          pos++;
          expecting = 'after';
        } else {
          stack.push(c === '{' ? 'object' : 'array');
          expecting = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        const problem = readString();
        if (problem) return problem;
      } else if (text.startsWith('true', pos) || text.startsWith('null', pos)) pos += 4;
      else if (text.startsWith('false', pos)) pos += 5;
      else {
        NUMBER.lastIndex = pos;
        if (!NUMBER.exec(text)) return { offset: pos, reason: `expected a value, ${describe()}` };
        pos = NUMBER.lastIndex;
      }
      expecting = 'after';
      continue;
    }
    const frame = stack[stack.length - 1];
    if (!frame)
      return pos >= text.length
        ? null
        : { offset: pos, reason: `unexpected content after the end of the JSON (${describe()})` };
    const close = frame === 'object' ? '}' : ']';
    if (c === ',') {
      pos++;
      expecting = frame === 'object' ? 'key' : 'value';
    } else if (c === close) {
      pos++;
      stack.pop();
    } else {
      return { offset: pos, reason: `expected ',' or '${close}', ${describe()}` };
    }
  }
}
