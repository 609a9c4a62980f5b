// The streaming XML tokenizer: events, entities, CDATA, comments, quoting, self-closing tags, errors and progress.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlSyntaxError } from '../../../src/data/import/xmlSyntaxError';
import { tokenizeXml, type XmlHandler } from '../../../src/data/import/xmlTokenizer';
import type { XmlTag } from '../../../src/data/import/xmlTag';
import { importError } from './importTestHelpers';

/** Records every event as a string; text is wanted everywhere unless `wantsText` is false. */
function record(text: string, wantsText = true, onProgress?: (fraction: number) => void): string[] {
  const events: string[] = [];
  const handler: XmlHandler = {
    wantsText,
    startElement(tag: XmlTag, offset: number) {
      const attributes = tag.names.slice(0, tag.count).map((name, i) => `${name}=${tag.values[i]}`);
      events.push(`<${tag.name}${attributes.map((a) => ` ${a}`).join('')}>@${offset}`);
    },
    endElement(name: string) {
      events.push(`</${name}>`);
    },
    text(value: string) {
      events.push(`text:${value}`);
    },
  };
  tokenizeXml(text, handler, onProgress ? { onProgress, progressStep: 10 } : {});
  return events;
}

function syntaxError(text: string): XmlSyntaxError {
  try {
    record(text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to fail`);
}

describe('tokenizeXml events', () => {
  it('reports start tags with attributes and offsets, text, end tags; self-closing tags end at once', () => {
    expect(record('<a x="1" y=\'two\'>hi<b/><c  z = "3" /></a>')).toEqual([
      '<a x=1 y=two>@0',
      'text:hi',
      '<b>@19',
      '</b>',
      '<c z=3>@23',
      '</c>',
      '</a>',
    ]);
  });

  it('keeps ">" and the other quote inside quoted attribute values', () => {
    expect(record(`<a x="1>0" y='say "hi"' z="it's"/>`)).toEqual([`<a x=1>0 y=say "hi" z=it's>@0`, '</a>']);
  });

  it('decodes the five predefined entities and numeric references, in text and attribute values', () => {
    expect(
      record('<a v="&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;">&lt;b&gt; &#169; &amp;amp;</a>'),
    ).toEqual(['<a v=<>&"\'AB😀>@0', 'text:<b> © &amp;', '</a>']);
  });

  it('leaves a lone "&" alone, like the DOM parser it replaces', () => {
    expect(record('<a v="x & y">R&D</a>')).toEqual(['<a v=x & y>@0', 'text:R&D', '</a>']);
  });

  it('passes CDATA through unchanged and skips comments, processing instructions and declarations', () => {
    expect(
      record('<?xml version="1.0"?><!-- <no> --><a><![CDATA[<b>&amp;</b>]]><?pi <c>?><!-- x --></a>'),
    ).toEqual(['<a>@34', 'text:<b>&amp;</b>', '</a>']);
  });

  it('normalises line ends: CR LF in text becomes LF, tabs and line breaks in attribute values spaces', () => {
    expect(record('<a v="1\r\n2\t3\n4">x\r\ny\rz</a>')).toEqual(['<a v=1 2 3 4>@0', 'text:x\ny\nz', '</a>']);
    expect(record('<a v="&#10;&#9;"/>')).toEqual(['<a v=\n\t>@0', '</a>']);
  });

  it('ignores text outside the root element and passes no text when none is wanted', () => {
    expect(record('junk <a>text</a> more')).toEqual(['<a>@5', 'text:text', '</a>']);
    expect(record('<a>text<b/>more</a>', false)).toEqual(['<a>@0', '<b>@7', '</b>', '</a>']);
  });

  it('reports progress every step, as a growing fraction of the text', () => {
    const fractions: number[] = [];
    record(`<a>${'<b/>'.repeat(20)}</a>`, false, (fraction) => fractions.push(fraction));
    expect(fractions.length).toBeGreaterThanOrEqual(7);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.every((fraction) => fraction > 0 && fraction <= 1)).toBe(true);
  });
});

describe('tokenizeXml well-formedness errors', () => {
  it.each([
    ['<a><b></a>', 6, 'the end tag </a> does not match <b> (opened at line 1)'],
    ['<a></a></b>', 7, 'the end tag </b> has no start tag'],
    ['<a><b>', 3, 'the element <b> is never closed'],
    ['<a x="1" x="2"/>', 0, 'attribute "x" appears twice on the same element'],
    ['<a><b x="1/></a>', 3, 'an attribute value has no closing "'],
    [
      '<a><b x="1/>\n<c y="2"/></a>',
      3,
      'an attribute value has no closing " (or it contains "<", which must be written as &lt;)',
    ],
    ['<a x=1/>', 0, 'an attribute value is not in quotes (1)'],
    ['<a x/>', 0, 'the attribute "x" has no value (expected x="…")'],
    ['<a x="1"y="2"/>', 0, 'attributes must be separated by spaces (before "y")'],
    ['<a / >', 0, 'in a self-closing tag, "/" must be followed by ">"'],
    ['<a><!-- never closed</a>', 3, '"<!--" is never closed with "-->"'],
    ['<a><![CDATA[ never closed</a>', 3, '"<![CDATA[" is never closed with "]]>"'],
    ['<a><? never closed</a>', 3, '"<?" is never closed with "?>"'],
    ['<a>1 < 2</a>', 5, 'a tag is malformed (or a "<" in text is not written as &lt;)'],
    ['<a><1b/></a>', 3, 'invalid tag name "1b"'],
    ['<a b&c="1"/>', 0, 'invalid attribute name "b&c"'],
    ['<a>&bogus;</a>', 3, 'unknown entity &bogus;'],
    ['<a v="&bogus;"/>', 0, 'unknown entity &bogus;'],
    ['<a>&#xZZ;</a>', 3, 'invalid character reference &#xZZ;'],
    ['<a/><b/>', 4, 'content after the root element (XML allows a single root element)'],
    ['<a><b', 3, 'unexpected end of the file'],
  ])('%j: offset %i, %s', (text, offset, message) => {
    const error = syntaxError(text);
    expect(error.message).toBe(message);
    expect(error.offset).toBe(offset);
  });

  it('gives the line and column of mismatched tags through importGraph', () => {
    const text = '<gexf>\n  <graph>\n    <nodes>\n      <node id="a">\n    </nodes>\n</graph></gexf>';
    const error = importError({ name: 'g.gexf', text });
    expect(error.message).toBe(
      'GEXF: malformed XML at line 5, column 5: the end tag </nodes> does not match <node> (opened at line 4)',
    );
    expect(error.location).toEqual({ line: 5, column: 5 });
  });

  it('ends in events or an XmlSyntaxError for any text, in linear time', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80, unit: fc.constantFrom(...'<>/=!?-[]"\' &;#ax1\n'.split('')) }),
        (text) => {
          try {
            record(text);
          } catch (error) {
            expect(error).toBeInstanceOf(XmlSyntaxError);
          }
        },
      ),
      { numRuns: 500 },
    );
    const started = performance.now();
    expect(() => record(`<a>${'<b x="1">'.repeat(100_000)}`)).toThrow(XmlSyntaxError);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
