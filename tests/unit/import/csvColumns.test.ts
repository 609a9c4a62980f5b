// CSV endpoint columns: the names people use (source/target, from/to, src/dst, node1/node2), or the two a user picks.
import { describe, expect, it } from 'vitest';
import { ENDPOINT_COLUMN_PAIRS } from '../../../src/data/import/csvColumns';
import { importGraph } from '../../../src/data/import/importGraph';
import { edgeAttributes, importError } from './importTestHelpers';

const edges = (text: string) => ({ name: 'edges.csv', text });

describe('CSV endpoint columns', () => {
  it.each([
    ['source,target'],
    ['Source,Target'],
    ['from,to'],
    ['From,To'],
    ['SRC,DST'],
    ['src,dst'],
    ['node1,node2'],
    ['Node1,Node2'],
  ])('recognises %s, case-insensitively, and reads the other columns as attributes', (header) => {
    const result = importGraph(edges(`${header},weight,note\na,b,2,x\nb,c,1,y\n`));
    expect(result.serialized.edges.map((edge) => [edge.source, edge.target])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(edgeAttributes(result, 'e0')).toEqual({ weight: 2, note: 'x' });
  });

  it('prefers source/target when several pairs are present, in the order of ENDPOINT_COLUMN_PAIRS', () => {
    expect(ENDPOINT_COLUMN_PAIRS[0]).toEqual(['source', 'target']);
    const result = importGraph(edges('from,to,source,target\nx,y,a,b\n'));
    expect(result.serialized.edges[0]).toMatchObject({ source: 'a', target: 'b' });
    expect(edgeAttributes(result, 'e0')).toEqual({ from: 'x', to: 'y' });
  });

  it('when no pair matches, fails with the header columns, so the UI can ask which two to use', () => {
    const error = importError(edges('company,partner,since\nA,B,2019\n'));
    expect(error.message).toBe(
      'CSV edges.csv: missing required columns "source" and "target" (found: company, partner, since)',
    );
    expect(error.detail).toEqual({
      code: 'csv-columns',
      file: 'edges.csv',
      table: 'edges',
      columns: ['company', 'partner', 'since'],
      missing: ['source', 'target'],
    });
  });

  it('reads the two columns the user chose (by header, in any case), the others as attributes', () => {
    const input = edges('company,partner,since\nA,B,2019\nB,C,2021\n');
    const result = importGraph(input, { csvColumns: { source: 'Company', target: 'partner' } });
    expect(result.serialized.edges.map((edge) => [edge.source, edge.target])).toEqual([
      ['A', 'B'],
      ['B', 'C'],
    ]);
    expect(edgeAttributes(result, 'e1')).toEqual({ since: 2021 });
    // A choice also overrides recognised names.
    const swapped = importGraph(edges('source,target\na,b\n'), {
      csvColumns: { source: 'target', target: 'source' },
    });
    expect(swapped.serialized.edges[0]).toMatchObject({ source: 'b', target: 'a' });
  });

  it('refuses a chosen column that is not in the header, or the same column twice', () => {
    const input = edges('company,partner\nA,B\n');
    const missing = importError(input, { csvColumns: { source: 'company', target: 'client' } });
    expect(missing.message).toBe(
      'CSV edges.csv: missing required column "target" (found: company, partner); the chosen column "client" is not in the header',
    );
    expect(missing.detail).toMatchObject({ code: 'csv-columns', missing: ['target'] });
    expect(importError(input, { csvColumns: { source: 'company', target: 'company' } }).message).toMatch(
      /the source and target columns must differ$/,
    );
  });

  it('reads a Gephi "Type" column as the direction only when it holds directions', () => {
    const gephi = importGraph(edges('Source,Target,Type\na,b,Undirected\nb,c,Directed\n'));
    expect(gephi.serialized.options.type).toBe('mixed');
    expect(gephi.serialized.edges.map((edge) => edge.undirected ?? false)).toEqual([true, false]);
    expect(edgeAttributes(gephi, 'e0')).toEqual({});
    const relations = importGraph(edges('from,to,type\na,b,funds\n'));
    expect(edgeAttributes(relations, 'e0')).toEqual({ relation: 'funds' });
  });
});
