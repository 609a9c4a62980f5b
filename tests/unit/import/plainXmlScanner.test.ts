// The plain-XML scanner against saxes: the same events and the same errors for any text, saxes taking over mid-way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import type { ImportContext } from '../../../src/data/import/importContext';
import { resolveLimits } from '../../../src/data/import/importLimits';
import { createWarningLog } from '../../../src/data/import/importWarnings';
import {
  createPlainScanState,
  isPlainScannable,
  scanPlainXml,
} from '../../../src/data/import/plainXmlScanner';
import { createXmlReader, type XmlHandler, type XmlTag } from '../../../src/data/import/readXml';
import { makeLocator } from '../../../src/data/import/textPosition';

const context = (): ImportContext => ({
  format: 'graphml',
  fileName: 'g.graphml',
  limits: resolveLimits(),
  warnings: createWarningLog(),
});

/** A handler that records every event; it wants text inside elements named "t" only. */
function makeRecorder() {
  const events: string[] = [];
  let inside = 0;
  const handler: XmlHandler = {
    get wantsText() {
      return inside > 0;
    },
    startElement(tag: XmlTag, offset: number) {
      if (tag.name === 't') inside++;
      const attributes = Object.keys(tag.attributes).map((name) => ` ${name}=${tag.attributes[name]}`);
      events.push(`<${tag.name}${attributes.join('')}>@${offset}`);
    },
    endElement() {
      events.push('end');
      inside = Math.max(0, inside - 1);
    },
    text(value: string) {
      // Text may come in pieces: join them, as every handler does.
      const last = events.length - 1;
      if (events[last]?.startsWith('text:')) events[last] += value;
      else events.push(`text:${value}`);
    },
  };
  return { events, handler };
}

/** Every event, then the error if there was one; read in parts of `part` characters. */
function read(text: string, plainScan: boolean, part?: number): string[] {
  const { events, handler } = makeRecorder();
  try {
    const reader = createXmlReader(text, handler, context(), makeLocator(text), { plainScan });
    while (reader.next(part));
  } catch (error) {
    if (!(error instanceof GraphImportError)) throw error;
    events.push(`error: ${error.message}`);
  }
  return events;
}

/**
 * Read whole, the same events and errors; read in parts, saxes alone places some errors where a part ends (it checks
 * the text outside the root there), and the parts fall differently once the scanner has read some: the same events
 * and the same problems, maybe at another column.
 */
function expectSameAsSaxes(text: string, part?: number) {
  const located = (events: string[]) =>
    part === undefined ? events : events.map((event) => event.replace(/line \d+, column \d+/, 'somewhere'));
  expect(located(read(text, true, part))).toEqual(located(read(text, false, part)));
}

/** The scanner alone over `text`: how it ended and where. */
function scan(text: string): { status: string; position: number; events: string[] } {
  const { events, handler } = makeRecorder();
  const state = createPlainScanState(0);
  const status = scanPlainXml(text, 0, state, Infinity, handler);
  return { status, position: state.position, events };
}

const GRAPH = `<?xml version="1.0" encoding="UTF-8"?>
<!-- made by hand -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0"><t>A &amp; B &#169;&#x1F600;</t></data></node>
    <node id='b' x = "1&#10;2"/>
    <edge source="a" target="b"/>
  </graph>
</graphml>
`;

describe('scanPlainXml', () => {
  it('reads a plain document whole: tags, attributes, references, comments and the declaration', () => {
    const { status, position, events } = scan(GRAPH);
    expect(status).toBe('ended');
    expect(position).toBe(GRAPH.length);
    expect(events).toContain('text:A & B ©😀');
    expect(events).toContain(`<node id=b x=1\n2>@${GRAPH.indexOf("<node id='b'")}`);
    expect(read(GRAPH, true)).toEqual(read(GRAPH, false));
  });

  it('stops at the first token it does not read, with nothing of it handed over', () => {
    for (const [text, at] of [
      ['<a><b/><![CDATA[x]]></a>', 7],
      ['<a><?pi x?></a>', 3],
      ['<a><b>&bogus;</b></a>', 6],
      ['<a><é/></a>', 3],
      ['<a><b x="1" x="2"/></a>', 3],
      ['<a></b></a>', 3],
      ['<a/><b/>', 4],
      ['<a/>text', 4],
      ['<?xml version="1.1"?><a/>', 0],
      ['<a><b>', 6],
    ] as const) {
      const { status, position } = scan(text);
      expect([text, status, position]).toEqual([text, 'stopped', at]);
    }
  });

  it('gives attributes as own properties, "__proto__" and "constructor" included, with no inherited ones', () => {
    const { handler } = makeRecorder();
    let attributes: Record<string, string> = {};
    const recording: XmlHandler = {
      ...handler,
      wantsText: false,
      startElement: (tag) => (attributes = tag.attributes),
    };
    const state = createPlainScanState(0);
    scanPlainXml('<a __proto__="x" constructor="y"/>', 0, state, Infinity, recording);
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor']);
    expect(attributes['__proto__']).toBe('x');
    expect('toString' in attributes).toBe(false);
  });

  it('leaves texts with characters XML forbids, or "]]>", to saxes whole', () => {
    expect(isPlainScannable(GRAPH)).toBe(true);
    for (const text of ['<a>\u0001</a>', '<a>]]></a>', '<a>\ud800</a>', '<a>\udc00x</a>', '<a>\uffff</a>'])
      expect(isPlainScannable(text)).toBe(false);
    expect(isPlainScannable('<a>😀</a>')).toBe(true);
  });
});

describe('readXml with the scanner gives what saxes alone gives', () => {
  it.each([
    [
      'saxes takes over at a CDATA section, with the elements open there',
      '<a x="1"><b><t>x<![CDATA[<y>]]>z</t></b></a>',
    ],
    ['an error after the takeover is located in the whole text', '<a>\n<b>\n<c/><?pi?>\n</d>\n</b></a>'],
    ['a mismatched end tag names where its element opened', '<a>\n<b>\n</c>\n</a>'],
    ['an unclosed element at the end', '<a>\n<b>'],
    ['a second root', '<a/>\n<b/>'],
    ['text after the root', '<a/>\nx'],
    ['a bare ampersand', '<a>R&D</a>'],
    ['a reference to a forbidden character', '<a>&#0;</a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['no root', '<!-- only a comment -->'],
    ['a BOM', '\ufeff<a/>'],
    ['CRLF line ends everywhere', '<a v="1\r\n2\r3">\r\n<t>x\r\ny\rz&#13;</t>\r\n</a>\r\n'],
    ['a comment ending in "-"', '<a><!-- x ---></a>'],
    ['an XML 1.1 declaration', '<?xml version="1.1"?><a>\u0085</a>'],
  ])('%s', (_, text) => expectSameAsSaxes(text));

  it('reads in parts (the edge stream reads 64 kB at a time) as saxes does', () => {
    const text = `<a>${'<b x="1">\n<t>y &amp; z</t></b>'.repeat(400)}<c/></a>`;
    expectSameAsSaxes(text, 1000);
    expectSameAsSaxes(text.replace('<c/>', '<c x="1" x="2"/>'), 1000);
  });

  const piece = fc.constantFrom(
    '<a>',
    '</a>',
    '<t>',
    '</t>',
    '<b/>',
    '<b x="1"/>',
    '<c y=\'2\' z="&amp;">',
    '</c>',
    'text',
    ' ',
    '\n',
    '\r\n',
    '&lt;',
    '&#65;',
    '&#0;',
    '&bad;',
    '&',
    '<!-- c -->',
    '<![CDATA[d]]>',
    '<?p?>',
    '<?xml version="1.0"?>',
    '<',
    '>',
    '"',
    '=',
    '/',
    ']]>',
  );

  it('for any sequence of plain and unusual XML pieces: the same events, the same errors', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.integer({ min: 1, max: 40 }), (pieces, part) => {
        const text = pieces.join('');
        expectSameAsSaxes(text);
        expectSameAsSaxes(text, part);
      }),
      { numRuns: 1500 },
    );
  });

  it('for any single-character change to a plain document: the same events, the same errors', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: GRAPH.length - 1 }),
        fc.constantFrom('', '<', '>', '&', '"', "'", '/', '=', ' ', '-', '?', '!', 'é', '\u0001', ']'),
        (at, inserted) => {
          expectSameAsSaxes(GRAPH.slice(0, at) + inserted + GRAPH.slice(at + 1));
          expectSameAsSaxes(GRAPH.slice(0, at) + inserted + GRAPH.slice(at));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
