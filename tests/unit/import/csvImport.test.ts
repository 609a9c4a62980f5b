// CSV import: edge lists with relation/extra columns, optional nodes tables, numbers, and line-numbered errors.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import { edgeAttributes, graphFrom, importError, nodeAttributes, readFixture } from './importTestHelpers';

const edges = (text: string, name = 'edges.csv') => ({ name, text });

describe('CSV import', () => {
  it('reads an edge list: case-insensitive headers, relation column, extra columns, quoting', () => {
    const result = importGraph({ name: 'edges.csv', text: readFixture('edges.csv') });
    expect(result.format).toBe('csv');
    expect(result.stats).toEqual({ nodes: 3, edges: 3 });
    expect(result.hasPositions).toBe(false);
    expect(result.serialized.options.type).toBe('directed');
    expect(result.serialized.nodes.map((node) => node.key)).toEqual(['sh', 'hz', 'zj']);
    expect(nodeAttributes(result, 'sh')).toEqual({ label: 'sh' });
    expect(edgeAttributes(result, 'e0')).toEqual({ relation: 'rail', Weight: 2.5, Note: 'fast, frequent' });
    expect(edgeAttributes(result, 'e1')).toEqual({ relation: 'capital_of', Weight: 1 });
    expect(edgeAttributes(result, 'e2')).toEqual({ relation: 'road', Note: 'says "hi"' });
    expect(graphFrom(result).edges('sh', 'hz')).toHaveLength(2);
  });

  it('reads a nodes table: id, label, x, y, numbers, codes with leading zeros, type → kind', () => {
    const result = importGraph({
      name: 'edges.csv',
      text: readFixture('edges.csv'),
      nodesCsv: { name: 'nodes.csv', text: readFixture('nodes.csv') },
    });
    expect(result.hasPositions).toBe(true);
    expect(nodeAttributes(result, 'sh')).toEqual({
      label: 'Shanghai',
      x: 10,
      y: -20,
      kind: 'city',
      population: 24870895,
      code: '021',
    });
    expect(nodeAttributes(result, 'zj')).toEqual({ label: 'Zhejiang', x: 0, y: 0, kind: 'province' });
    expect(result.warnings.some((w) => w.includes('"type" to "kind"'))).toBe(true);
  });

  it('maps a "type" or "label" column to relation, and reads key/id and undirected columns', () => {
    const byType = importGraph(edges('source,target,type\na,b,knows\n'));
    expect(edgeAttributes(byType, 'e0')).toEqual({ relation: 'knows' });
    const byLabel = importGraph(edges('SOURCE;TARGET;Label\na;b;likes\n'));
    expect(edgeAttributes(byLabel, 'e0')).toEqual({ relation: 'likes' });
    const both = importGraph(edges('source,target,relation,type\na,b,r,t\n'));
    expect(edgeAttributes(both, 'e0')).toEqual({ relation: 'r', type_: 't' });
    const keyed = importGraph(edges('id,source,target,undirected\ne0,a,b,false\nx,b,a,true\n,a,a,\n'));
    expect(keyed.serialized.edges.map((edge) => [edge.key, edge.undirected ?? false])).toEqual([
      ['e0', false],
      ['x', true],
      ['e1', false],
    ]);
    expect(keyed.serialized.options.type).toBe('mixed');
  });

  it('reads TSV files and skips blank lines while keeping line numbers right', () => {
    const result = importGraph(edges('source\ttarget\tw\n\na\tb\t1\n', 'edges.tsv'));
    expect(edgeAttributes(result, 'e0')).toEqual({ w: 1 });
    const error = importError(edges('source,target\n\na,b\n\n\n,c\n'));
    expect(error.message).toBe('CSV edges.csv line 6: missing "source" value');
    expect(error.location).toEqual({ line: 6 });
  });

  it('reports a missing required column with the columns found', () => {
    expect(importError(edges('source,weight\na,1\n')).message).toBe(
      'CSV edges.csv: missing required column "target" (found: source, weight)',
    );
    // (Unrecognised endpoint names, and the mapping they call for: csvColumns.test.ts.)
    expect(importError(edges('id,label\na,A\n', 'nodes.csv')).message).toBe(
      'CSV nodes.csv: missing required columns "source" and "target" (found: id, label); ' +
        'this looks like a nodes table: give it as the nodes file, with an edge list',
    );
    const nodesError = importError({
      name: 'edges.csv',
      text: 'source,target\na,b\n',
      nodesCsv: { name: 'nodes.csv', text: 'name,x\na,1\n' },
    });
    expect(nodesError.message).toBe(
      'CSV nodes.csv: missing required column "id" (or "key") (found: name, x)',
    );
  });

  it('reports a missing value with its line number', () => {
    const error = importError(edges('source,target,relation\na,b,r\nb,c,r\nc,,r\n'));
    expect(error.message).toBe('CSV edges.csv line 4: missing "target" value');
    expect(importError(edges('source,target\na,b\nc\n')).message).toBe(
      'CSV edges.csv line 3: missing "target" value',
    );
  });

  it('skips an edge to a node missing from the nodes table, naming its line, or creates the node', () => {
    const input = {
      name: 'edges.csv',
      text: 'source,target\na,b\nb,zz\n',
      nodesCsv: { name: 'nodes.csv', text: 'id\na\nb\n' },
    };
    const skipped = importGraph(input);
    expect(skipped.stats).toEqual({ nodes: 2, edges: 1 });
    // An edge without a key is named by its row: the second edge, on line 3.
    expect(skipped.warnings).toEqual([
      'Skipped 1 edge that refers to nodes not in the file (1 missing node): edge #2 (line 3) → "zz"',
    ]);
    const created = importGraph(input, { missingNodes: 'create' });
    expect(created.stats).toEqual({ nodes: 3, edges: 2 });
    expect(created.warningDetails[0]).toMatchObject({ code: 'missing-nodes-created', count: 1, edges: 1 });
  });

  it('renumbers duplicate edge keys; reports duplicate nodes, unterminated quotes, and an empty nodes file', () => {
    const renumbered = importGraph(edges('key,source,target\nk,a,b\nk,b,a\nk_2,a,a\n'));
    expect(renumbered.serialized.edges.map((edge) => edge.key)).toEqual(['k', 'k_3', 'k_2']);
    expect(renumbered.warnings).toEqual([
      'Renumbered 1 edge whose id was already used: edge "k" (line 3) is now "k_3"',
    ]);
    const duplicateNode = importError({
      name: 'e.csv',
      text: 'source,target\na,a\n',
      nodesCsv: { name: 'n.csv', text: 'id\na\na\n' },
    });
    expect(duplicateNode.message).toBe('CSV n.csv line 3: duplicate node id "a" (first on line 2)');
    expect(importError(edges('source,target,note\na,b,"open\nc,d,x\n')).message).toBe(
      'CSV edges.csv line 2: a quoted value is never closed',
    );
    expect(
      importError({ name: 'e.csv', text: 'source,target\na,b\n', nodesCsv: { name: 'n.csv', text: ' \n' } })
        .message,
    ).toBe('The nodes file n.csv is empty');
  });

  it('warns about rows with extra values and drops reserved column names', () => {
    const result = importGraph(edges('source,target,__proto__\na,b,x,extra\n'));
    expect(edgeAttributes(result, 'e0')).toEqual({});
    expect(result.warnings).toEqual([
      'CSV edges.csv: ignored the column "__proto__" (reserved name)',
      'CSV edges.csv: 1 row had more values than header columns; the extra values were ignored (first on line 2)',
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
