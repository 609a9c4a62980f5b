// Unit tests of the relations table for reading: names and Chinese names, relation label, stage, paragraphs, quotes.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeRelationsCsvOptions } from '../../../src/app/exportGraph';
import { exportRelationsCsv } from '../../../src/data/export/exportRelationsCsv';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';
import { makeTinyGraph } from '../helpers/tinyGraph';

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true }).data;
}

describe('exportRelationsCsv', () => {
  it('writes one readable row per relation, without keys or internal columns', () => {
    const graph = makeTinyGraph();
    graph.setEdgeAttribute('pledged:province/zhejiang->theme/innovation', 'stage', 'continuing');
    graph.setEdgeAttribute('pledged:province/zhejiang->theme/innovation', 'evidence', [
      { paragraph: 14, quote: 'deepen innovation' },
      { paragraph: 16, quote: 'keep innovating' },
    ]);
    graph.setEdgeAttribute('pledged:province/zhejiang->theme/innovation', 'parallelIndex', 1);
    const csv = exportRelationsCsv(graph, makeRelationsCsvOptions(makeI18n('en')));
    const [header] = csv.split('\r\n');
    expect(header).toBe(
      'Source,Source (Chinese),Relation,Target,Target (Chinese),Stage,Paragraphs,Quotes,Note',
    );
    const rows = parse(csv);
    expect(rows).toHaveLength(graph.size);
    const pledge = rows.find((row) => row.Source === 'Zhejiang' && row.Target === 'Innovation');
    expect(pledge).toEqual({
      Source: 'Zhejiang',
      'Source (Chinese)': '浙江',
      Relation: 'pledged',
      Target: 'Innovation',
      'Target (Chinese)': '',
      Stage: 'Continuing',
      Paragraphs: '14, 16',
      Quotes: 'deepen innovation | keep innovating',
      Note: '',
    });
    expect(rows.every((row) => !row.Source?.includes('/') && !row.Target?.includes('/'))).toBe(true);
    expect(csv).not.toMatch(/parallelIndex|\{"paragraph"/);
  });

  it('speaks Chinese headers, relation labels and stages in Chinese', () => {
    const graph = makeTinyGraph();
    graph.setEdgeAttribute('pledged:leader/wang-qingxian->program/ai-plus', 'stage', 'new');
    const rows = parse(exportRelationsCsv(graph, makeRelationsCsvOptions(makeI18n('zh'))));
    const row = rows.find(
      (r) => r['起点'] === 'Wang Qingxian' && r['终点'] === 'Artificial Intelligence Plus',
    );
    expect(row?.['起点（中文）']).toBe('王清宪');
    expect(row?.['阶段']).toBe('新提出');
    expect(row?.['关系']).not.toBe('pledged');
    expect(row?.['段落']).toBe('15');
  });
});
