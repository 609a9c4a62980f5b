// Parses GEXF/GraphML text into a DOM (xmldom, so it works in workers and node), rejecting DTDs and reporting the first error's line.
import { DOMParser } from '@xmldom/xmldom';
import type { ImportErrorLocation } from './GraphImportError';
import { makeFormatError, type ImportContext } from './importContext';
import { lineAndColumnAt } from './textPosition';
import { findTagMismatch } from './xmlTagBalance';

const DECLARATION_PATTERN = /<!(DOCTYPE|ENTITY)/i;

/** DTDs can declare entities that expand exponentially ("billion laughs"): refuse them before parsing. */
export function rejectEntityDeclarations(text: string, context: ImportContext): void {
  const match = DECLARATION_PATTERN.exec(text);
  if (!match) return;
  const location = lineAndColumnAt(text, match.index);
  throw makeFormatError(
    context,
    `XML entity declarations are not allowed (possible entity-expansion attack): found <!${match[1]} at line ${location.line}`,
    { ...location, element: `!${match[1]}` },
  );
}

interface XmlProblem {
  level: string;
  message: string;
  /** Unclosed/misplaced elements: xmldom reports them vaguely, the tag-balance check does better. */
  structural?: boolean;
  /** Only noticed at the end of the file: reported after problems found earlier. */
  atEnd?: boolean;
  /** Found by the tag-balance check rather than xmldom. */
  fromTagCheck?: boolean;
  line?: number;
  column?: number;
}

const FRIENDLIER: [RegExp, string][] = [
  [/^unclosed xml attribute$/, 'an element is not closed, or its end tag does not match'],
  [
    /^.*Only one element can be added.*$/,
    'content after the root element (XML allows a single root element)',
  ],
  [/^entity not found:\s*(.*)$/, 'unknown entity $1'],
  [/^unexpected end of input$/, 'unexpected end of the file'],
  [/^attribute value no end '(.)' match$/, 'an attribute value has no closing $1'],
  [/^attribute "(.*)" missed quot\((.)\)!*$/, 'an attribute value is not in quotes ($1)'],
  [
    /^attribute "(.*)" missed start quot\((.)\)!*$/,
    'the value of attribute "$1" does not start with a quote',
  ],
  [/^attribute "(.*?)" missed value!!.*$/, 'malformed attribute "$1"'],
  [/^attribute value missed!*$/, 'an attribute has no value'],
  [/^attribute value must after "="$/, 'an attribute has no value after "="'],
  [/^attribute space is required"(.*)"!*$/, 'attributes must be separated by spaces (before "$1")'],
  [/^attribute equal must after attrName$/, 'an attribute name must be followed by "="'],
  [/^attribute invalid close char\('\/'\)$/, 'an attribute is followed by "/" without ">"'],
  [
    /^elements closed character '\/' and '>' must be connected to$/,
    'in a self-closing tag, "/" must be followed by ">"',
  ],
  [/^end tag name: (.*) maybe not complete$/, 'the end tag </$1> is incomplete'],
  [/^unexpected < in tag name:\s*(.*)$/, 'unexpected "<" in the tag name "$1"'],
  [/^invalid attribute:\s*(.*)$/, 'invalid attribute name "$1"'],
  [/^invalid tagName:\s*(.*)$/, 'invalid tag name "$1"'],
  [/^Attribute (.*) redefined$/, 'attribute "$1" appears twice on the same element'],
];

function parseProblem(level: string, raw: unknown): XmlProblem {
  const text = String(raw);
  const position = /#\[line:(\d+),col:(\d+)\]/.exec(text);
  let message = text
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s*@[^\n]*#\[line:.*$/s, '')
    .replace(/^element parse error:\s*(Error:\s*)?/, '')
    .trim();
  for (const [pattern, replacement] of FRIENDLIER) message = message.replace(pattern, replacement);
  const structural = /unclosed xml attribute|Only one element can be added/.test(text);
  const problem: XmlProblem = { level, message: message || 'unreadable XML', structural };
  if (position) {
    problem.line = Number(position[1]);
    problem.column = Number(position[2]);
  }
  return problem;
}

/** The line/column xmldom recorded on an element, plus what it is. */
export function elementLocation(element: Element, id?: string): ImportErrorLocation {
  const positioned = element as Element & { lineNumber?: number; columnNumber?: number };
  const location: ImportErrorLocation = { element: element.tagName };
  if (typeof positioned.lineNumber === 'number' && positioned.lineNumber > 0)
    location.line = positioned.lineNumber;
  if (typeof positioned.columnNumber === 'number' && positioned.columnNumber > 0) {
    location.column = positioned.columnNumber;
  }
  if (id !== undefined) location.id = id;
  return location;
}

/** Characters past a structural problem still given to xmldom, for its more specific message about it. */
const XMLDOM_WINDOW = 2000;
/** With more unclosed elements than this, xmldom gets slow (quadratic): report the structure problem alone. */
const MAX_UNCLOSED_FOR_XMLDOM = 64;

interface XmldomOutcome {
  document?: Document;
  problems: XmlProblem[];
}

function runXmldom(text: string): XmldomOutcome {
  const problems: XmlProblem[] = [];
  const parser = new DOMParser({
    locator: {},
    errorHandler: (level: string, message: unknown) => {
      problems.push(parseProblem(level, message));
    },
  });
  try {
    return { document: parser.parseFromString(text, 'application/xml') as unknown as Document, problems };
  } catch (error) {
    const withLocator = error as {
      message?: unknown;
      locator?: { lineNumber?: number; columnNumber?: number };
    };
    const problem = parseProblem('fatalError', withLocator.message ?? error);
    if (withLocator.locator?.lineNumber) problem.line = withLocator.locator.lineNumber;
    if (withLocator.locator?.columnNumber) problem.column = withLocator.locator.columnNumber;
    return { problems: [problem, ...problems] };
  }
}

/** xmldom messages that are its own exceptions rather than findings about the text. */
const INTERNAL = /\b(?:TypeError|ReferenceError|RangeError)\b|Cannot read propert/;

/** Earlier lines first; on the same line xmldom's specific message first; end-of-file problems last. */
function compareProblems(a: XmlProblem, b: XmlProblem): number {
  if (Boolean(a.atEnd) !== Boolean(b.atEnd)) return a.atEnd ? 1 : -1;
  const line = (a.line ?? Infinity) - (b.line ?? Infinity);
  if (line !== 0 && !Number.isNaN(line)) return line;
  if (Boolean(a.fromTagCheck) !== Boolean(b.fromTagCheck)) return a.fromTagCheck ? 1 : -1;
  return (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Parses well-formed XML or throws "<FORMAT>: malformed XML at line L, column C: …".
 * A linear tag-balance check runs first: xmldom misses mismatched end tags, words unclosed elements vaguely,
 * and is quadratic on some broken inputs, so on a structure problem it only sees the text up to just past it.
 */
export function parseXmlDocument(text: string, context: ImportContext): Document {
  rejectEntityDeclarations(text, context);
  const structural = findTagMismatch(text, (offset) => lineAndColumnAt(text, offset).line);
  let outcome: XmldomOutcome = { problems: [] };
  if (!structural) outcome = runXmldom(text);
  else if (!structural.atEnd) outcome = runXmldom(text.slice(0, structural.offset + XMLDOM_WINDOW));
  else if ((structural.openCount ?? 0) <= MAX_UNCLOSED_FOR_XMLDOM) outcome = runXmldom(text);
  let candidates = outcome.problems.filter(
    (problem) => !problem.structural && !INTERNAL.test(problem.message),
  );
  if (structural) {
    const { line, column } = lineAndColumnAt(text, structural.offset);
    // Past the structure problem, xmldom reports consequences (or artefacts of the cut-off text).
    if (!structural.atEnd) {
      candidates = candidates.filter(
        (p) => (p.line ?? Infinity) < line || (p.line === line && (p.column ?? 0) <= column),
      );
    }
    candidates.push({
      level: 'error',
      message: structural.message,
      line,
      column,
      atEnd: structural.atEnd === true,
      fromTagCheck: true,
    });
  }
  candidates.sort(compareProblems);
  const problem = candidates[0] ?? outcome.problems[0];
  if (problem) {
    const where = problem.line
      ? ` at line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}`
      : '';
    const location: ImportErrorLocation = {};
    if (problem.line) location.line = problem.line;
    if (problem.column) location.column = problem.column;
    throw makeFormatError(context, `malformed XML${where}: ${problem.message}`, location);
  }
  if (!outcome.document?.documentElement) {
    throw makeFormatError(context, 'the file is not XML (no root element found)');
  }
  return outcome.document;
}
