// Malformed XML reporting: the first specific problem or tag mismatch, with line and column.
import { describe, expect, it } from 'vitest';
import { importError } from './importTestHelpers';

const gexfError = (text: string) => importError({ name: 'g.gexf', text }).message;

describe('malformed XML messages', () => {
  it('reports mismatched end tags that xmldom would accept silently', () => {
    expect(gexfError('<gexf>\n<graph>\n<nodes>\n<node id="a"></nod>\n</nodes>\n</graph>\n</gexf>')).toBe(
      'GEXF: malformed XML at line 4, column 14: the end tag </nod> does not match <node> (opened at line 4)',
    );
    expect(gexfError('<gexf>\n<graph>\n<nodes>\n<node id="a">\n</nodes>\n</graph>\n</gexf>')).toBe(
      'GEXF: malformed XML at line 5, column 1: the end tag </nodes> does not match <node> (opened at line 4)',
    );
  });

  it('reports truncated files at the innermost unclosed element', () => {
    expect(gexfError('<gexf>\n<graph>\n<nodes>\n<node id="a"/>')).toBe(
      'GEXF: malformed XML at line 3, column 1: the element <nodes> is never closed',
    );
  });

  it('prefers a specific syntax problem over the unclosed elements it causes', () => {
    expect(gexfError('<gexf>\n<graph>\n<nodes>\n<node id="a" x=1/>')).toBe(
      'GEXF: malformed XML at line 4, column 1: an attribute value is not in quotes (1)',
    );
    expect(
      gexfError('<gexf>\n<graph>\n<nodes>\n<node id="a" label="A>\n</node>\n</nodes></graph></gexf>'),
    ).toBe('GEXF: malformed XML at line 4, column 1: an attribute value has no closing "');
    expect(gexfError('<gexf><graph>&bogus;</graph></gexf>')).toMatch(/unknown entity &bogus;/);
  });

  it('ignores markup-like text in comments, CDATA and attribute values', () => {
    const text =
      '<gexf><graph><!-- <a> --><![CDATA[<b>]]><nodes a="x>y"><node id="a"/></nodes><?pi <c>?></graph></gexf>';
    expect(() => importError({ name: 'g.gexf', text })).toThrow(/expected importGraph/);
  });

  it('says when the text is not XML at all', () => {
    expect(gexfError('just some words')).toBe('GEXF: the file is not XML (no root element found)');
  });
});

describe('broken XML that makes xmldom slow', () => {
  it.each([
    ['unclosed comments', '<!--'],
    ['stray quotes', '<a "'],
    ['bare <', '<'],
    ['unclosed attributes', '<a x="'],
    ['unclosed CDATA', '<![CDATA['],
    ['unclosed elements', '<node id="a">'],
  ])('fails fast on %s', (_name, chunk) => {
    const started = performance.now();
    const error = importError({ name: 'g.gexf', text: `<gexf><graph>${chunk.repeat(30_000)}` });
    expect(error.message).toMatch(/^GEXF: malformed XML at line 1, column \d+: /);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
