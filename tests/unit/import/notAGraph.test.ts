// Texts that are not graph files (a web page, an image, a PDF, an archive, binary data, nothing) refused in plain words.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import { sniffNotAGraph } from '../../../src/data/import/notAGraph';
import { importError, readFixture } from './importTestHelpers';

/** Bytes as a browser's Blob.text() reads them: UTF-8, invalid sequences replaced by U+FFFD. */
const decode = (bytes: number[]) => new TextDecoder().decode(new Uint8Array(bytes));
const PNG = decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = decode([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const ZIP = decode([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
const GZIP = decode([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);

describe('sniffNotAGraph', () => {
  it.each([
    ['a single-page app 404 page', readFixture('spa-404.html'), { content: 'html' }],
    [
      'an XHTML page',
      '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html/>',
      { content: 'html' },
    ],
    ['a bare HTML fragment', '<html><body/></html>', { content: 'html' }],
    ['a PNG', PNG, { content: 'image', kind: 'PNG' }],
    ['a JPEG', JPEG, { content: 'image', kind: 'JPEG' }],
    ['a GIF', 'GIF89a\u0001\u0000', { content: 'image', kind: 'GIF' }],
    [
      'an SVG',
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      { content: 'image', kind: 'SVG' },
    ],
    ['a PDF', '%PDF-1.7\n%\uFFFD\uFFFD', { content: 'pdf', kind: 'PDF' }],
    ['a spreadsheet (ZIP)', ZIP, { content: 'archive', kind: 'ZIP' }],
    ['a gzip file', GZIP, { content: 'archive', kind: 'gzip' }],
    ['other binary data', 'abc\u0000\u0001\u0002def', { content: 'binary' }],
    ['nothing but white space', ' \n\t', { content: 'empty' }],
  ])('recognises %s', (_name, text, found) => {
    expect(sniffNotAGraph(text)).toEqual(found);
  });

  it('lets graph files through, whatever their format', () => {
    for (const name of [
      'gephi-yrd-rail.gexf',
      'yed-cooperation.graphml',
      'graph.json',
      'kumu-connections.csv',
    ])
      expect(sniffNotAGraph(readFixture(name))).toBeUndefined();
    expect(sniffNotAGraph('source,target\n上海,杭州\n')).toBeUndefined();
  });
});

describe('importGraph on texts that are not graphs', () => {
  it('says a URL returned a web page, instead of an XML or JSON error about it', () => {
    for (const name of ['graph.gexf', 'graph.json', 'graph.graphml', 'graph']) {
      const error = importError({ name, text: readFixture('spa-404.html'), origin: 'url' });
      expect(error.message).toBe('The URL returned a web page (HTML), not a graph file');
      expect(error.detail).toEqual({ code: 'not-a-graph', content: 'html', origin: 'url' });
    }
  });

  it('names the file the user chose', () => {
    expect(importError({ name: 'map.gexf', text: PNG }).message).toBe(
      'map.gexf is an image (PNG), not a graph file',
    );
    expect(importError({ name: 'table.csv', text: ZIP }).message).toBe(
      'table.csv is a ZIP archive (or a spreadsheet such as .xlsx; save a table as CSV), not a graph file',
    );
    expect(importError({ name: 'x.json', text: '%PDF-1.4' }).detail).toMatchObject({
      content: 'pdf',
      origin: 'file',
    });
    expect(importError({ name: 'e.csv', text: '' }).message).toBe('The file is empty');
    expect(importError({ name: 'e.csv', text: '', origin: 'url' }).message).toBe(
      'The URL returned an empty file',
    );
    const nodes = importError({
      name: 'e.csv',
      text: 'source,target\na,b\n',
      nodesCsv: { name: 'n.csv', text: PNG },
    });
    expect(nodes.message).toBe('n.csv is an image (PNG), not a graph file');
  });

  it('keeps the entity-expansion guard for entity declarations only; a plain DOCTYPE is read', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE graphml [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n<graphml><graph><node id="&b;"/></graph></graphml>`;
    expect(importError({ name: 'g.graphml', text: bomb }).message).toBe(
      'GraphML: XML entity declarations are not allowed (possible entity-expansion attack): found <!DOCTYPE at line 2',
    );
    const doctype =
      '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">\n' +
      '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    expect(importGraph({ name: 'old.graphml', text: doctype }).stats).toEqual({ nodes: 2, edges: 1 });
    const undeclared = '<!DOCTYPE gexf><gexf><graph><nodes><node id="&x;"/></nodes></graph></gexf>';
    expect(importError({ name: 'g.gexf', text: undeclared }).message).toBe(
      'GEXF: malformed XML at line 1, column 46: unknown entity &x;',
    );
  });
});
