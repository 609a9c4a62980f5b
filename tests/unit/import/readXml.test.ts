// readXml (scanner, then saxes): events, entities, CDATA, line ends, progress, and plain-words errors with positions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import type { ImportContext } from '../../../src/data/import/importContext';
import { resolveLimits } from '../../../src/data/import/importLimits';
import { createWarningLog } from '../../../src/data/import/importWarnings';
import { readXml, type XmlHandler, type XmlTag } from '../../../src/data/import/readXml';
import { makeLocator } from '../../../src/data/import/textPosition';

function makeContext(onProgress?: (fraction: number) => void): ImportContext {
  const context: ImportContext = {
    format: 'gexf',
    fileName: 'g.gexf',
    limits: resolveLimits(),
    warnings: createWarningLog(),
  };
  if (onProgress) context.onProgress = onProgress;
  return context;
}

/** Records every event as a string; text is wanted inside elements named "t" only (or everywhere with `all`). */
function record(text: string, all = true, onProgress?: (fraction: number) => void): string[] {
  const events: string[] = [];
  let inside = 0;
  const handler: XmlHandler = {
    get wantsText() {
      return all || inside > 0;
    },
    startElement(tag: XmlTag, offset: number) {
      if (tag.name === 't') inside++;
      const attributes = Object.entries(tag.attributes).map(([name, value]) => ` ${name}=${value}`);
      events.push(`<${tag.name}${attributes.join('')}>@${offset}`);
    },
    endElement() {
      events.push('end');
      inside = Math.max(0, inside - 1);
    },
    text(value: string) {
      events.push(`text:${value}`);
    },
  };
  readXml(text, handler, makeContext(onProgress), makeLocator(text));
  return events;
}

function problem(text: string): string {
  try {
    record(text);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphImportError);
    return (error as GraphImportError).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to fail`);
}

describe('readXml events', () => {
  it('reports start tags with their attributes and the offset of their "<", text and end tags', () => {
    expect(record('<a x="1" y=\'two\'>hi<b/><c  z = "3" /></a>')).toEqual([
      '<a x=1 y=two>@0',
      'text:hi',
      '<b>@19',
      'end',
      '<c z=3>@23',
      'end',
      'end',
    ]);
  });

  it('decodes the predefined entities and character references; CDATA passes unchanged', () => {
    expect(
      record('<a v="&lt;&gt;&amp;&quot;&apos;&#65;&#x42;">&lt;b&gt; &#169;<![CDATA[<i>&amp;</i>]]></a>'),
    ).toEqual(['<a v=<>&"\'AB>@0', 'text:<b> ©', 'text:<i>&amp;</i>', 'end']);
  });

  it('normalises line ends in text and white space in attribute values', () => {
    expect(record('<a v="1\r\n2\t3">x\r\ny\rz</a>')).toEqual(['<a v=1 2 3>@0', 'text:x\ny\nz', 'end']);
  });

  it('collects text only while the handler wants it, and skips leading space before the XML declaration', () => {
    expect(record('\n  <?xml version="1.0"?>\n<a>no<t>yes</t>no</a>', false)).toEqual([
      '<a>@25',
      '<t>@30',
      'text:yes',
      'end',
      'end',
    ]);
  });

  it('reports progress after each part of the text, as a growing fraction', () => {
    const fractions: number[] = [];
    const text = `<a>${'<b/>'.repeat(600_000)}</a>`;
    record(text, false, (fraction) => fractions.push(fraction));
    expect(fractions.length).toBe(2);
    expect(fractions[0]).toBeLessThan(fractions[1]!);
    expect(fractions.every((fraction) => fraction > 0 && fraction < 1)).toBe(true);
  });
});

describe('readXml errors, in plain words at the construct at fault', () => {
  it.each([
    ['<a>\n<b>\n</c>\n</a>', 'line 3, column 1: the end tag </c> does not match <b> (opened at line 2)'],
    ['<a></a></b>', 'line 1, column 8: the end tag </b> has no start tag'],
    ['<a>\n<b>', 'line 2, column 1: the element <b> is never closed'],
    ['<a>\n<b x="1" x="2"/></a>', 'line 2, column 1: attribute "x" appears twice on the same element'],
    ['<a>\n  <b x=1/></a>', 'line 2, column 3: an attribute value is not in quotes (1)'],
    ['<a>\n  <b x="1/>\n</a>', 'line 2, column 3: an attribute value has no closing "'],
    ['<a x/>', 'line 1, column 1: an attribute name is malformed'],
    ['<a x>', 'line 1, column 1: an attribute has no value (expected name="…")'],
    ['<a x="1"y="2"/>', 'line 1, column 1: attributes must be separated by spaces'],
    ['<a>1 < 2</a>', 'line 1, column 6: a tag is malformed (or a "<" in text is not written as &lt;)'],
    ['<a>&bogus;</a>', 'line 1, column 4: unknown entity &bogus;'],
    ['<a>R&D</a>', 'line 1, column 5: a "&" that starts no reference must be written as &amp;'],
    ['<a v="R & D"/>\n<b>;</b>', 'line 1, column 9: a "&" that starts no reference must be written as &amp;'],
    ['<a>&#xZZ;</a>', 'line 1, column 4: invalid character reference &#xZZ;'],
    ['<a/><b/>', 'line 1, column 5: content after the root element (XML allows a single root element)'],
    ['<a><!-- never closed', 'line 1, column 4: "<!--" is never closed with "-->"'],
    ['<a><b', 'line 1, column 4: unexpected end of the file'],
    ['<a>\u000b</a>', 'line 1, column 4: a character XML does not allow (U+000B)'],
  ])('%j → %s', (text, detail) => {
    expect(problem(text)).toBe(`GEXF: malformed XML at ${detail}`);
  });

  it('says when the text has no element at all', () => {
    expect(problem('just some words')).toBe('GEXF: the file is not XML (no root element found)');
    expect(problem('<!-- only a comment -->')).toBe('GEXF: the file is not XML (no root element found)');
  });

  it('ends in events or a GraphImportError for any text, in linear time', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80, unit: fc.constantFrom(...'<>/=!?-[]"\' &;#ax1\n'.split('')) }),
        (text) => {
          try {
            record(text);
          } catch (error) {
            expect(error).toBeInstanceOf(GraphImportError);
          }
        },
      ),
      { numRuns: 500 },
    );
    const started = performance.now();
    expect(() => record(`<a>${'<b x="1">'.repeat(100_000)}`)).toThrow(GraphImportError);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
