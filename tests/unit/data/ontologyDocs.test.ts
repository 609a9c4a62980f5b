// The ontology documented in graph-data/README.md matches the one in code (kinds, domains, ranges, labels).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_INFO, RELATIONS } from '../../../src/model/ontology';

const README = readFileSync(path.resolve('graph-data/README.md'), 'utf8');

/** Rows of the markdown table whose header starts with `header`, as arrays of trimmed cells. */
function tableRows(header: string): string[][] {
  const lines = README.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  if (start === -1) throw new Error(`graph-data/README.md has no table starting with "${header}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/`/g, '');
const kinds = (cell: string) =>
  cell
    .split(',')
    .map((kind) => kind.trim())
    .sort();

describe('graph-data/README.md', () => {
  it('documents every node kind', () => {
    expect(tableRows('kind').map((row) => unquote(row[0]!))).toEqual([...NODE_KINDS]);
  });

  it('documents every relation with its domain, range, label and inverse label', () => {
    const rows = tableRows('relation');
    expect(rows.map((row) => unquote(row[0]!))).toEqual([...RELATIONS]);
    for (const [name, domain, range, label, inverse] of rows) {
      const info = RELATION_INFO[unquote(name!) as keyof typeof RELATION_INFO];
      expect({ relation: name, domain: kinds(domain!), range: kinds(range!), label, inverse }).toEqual({
        relation: name,
        domain: [...info.domain].sort(),
        range: [...info.range].sort(),
        label: info.label,
        inverse: info.inverseLabel,
      });
    }
  });
});
