// Component tests of the Metrics and Compare panels in Simplified Chinese: labels, options and Chinese names.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { compareProvinces } from '../../src/model/compare/compareProvinces';
import { MESSAGES } from '../../src/ui/i18n/messages';
import { ComparePanel } from '../../src/ui/ComparePanel';
import { I18nProvider } from '../../src/ui/i18n/I18nContext';
import { MetricsPanel, type MetricsPanelProps } from '../../src/ui/MetricsPanel';
import { makeMetricsProps, METRICS_ROWS, yrdEvidence, yrdGraph, yrdMatrices } from './analysisFixtures';

/** The first two rows: Shanghai (with its Chinese name) and Innovation (without one). */
const ROWS = METRICS_ROWS.slice(0, 2);

function setupMetrics(overrides: Partial<MetricsPanelProps> = {}) {
  const props = makeMetricsProps({ rows: ROWS, ...overrides });
  render(
    <I18nProvider lang="zh">
      <MetricsPanel {...props} />
    </I18nProvider>,
  );
  return props;
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('MetricsPanel in Chinese', () => {
  it('labels the table, its headers, the encoding choices and the depth in Chinese', () => {
    setupMetrics({ numericAttributes: [{ id: 'attr:year', label: 'year' }] });
    expect(screen.getByRole('region', { name: '指标' })).toBeTruthy();
    const table = screen.getByRole('table', { name: '节点按度降序排列' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual(['名称', '度', '入度', '出度', 'PageRank', '中介中心性', '社区', '类型']);
    expect(within(table).getByRole('rowheader', { name: '上海市' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Innovation' })).toBeTruthy();
    expect(optionTexts(screen.getByRole('combobox', { name: '按…调整大小' }))).toEqual([
      '度',
      '入度',
      '出度',
      '中介中心性',
      'PageRank',
      'year',
    ]);
    expect(optionTexts(screen.getByRole('combobox', { name: '按…着色' }))).toEqual(['类型', 'Louvain 社区']);
    expect((screen.getByRole('spinbutton', { name: '深度' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('选择一个节点，即可只显示其邻域。')).toBeTruthy();
  });

  it('names the selected node in Chinese in the depth hint, and sorts by a Chinese header', () => {
    setupMetrics({ selectedNode: 'province/shanghai', depth: 1 });
    expect(screen.getByText(/显示与上海市相距不超过此步数的节点/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /中介中心性/ }));
    expect(screen.getByRole('table', { name: '节点按中介中心性降序排列' })).toBeTruthy();
  });

  it('offers to compute, and shows progress, in Chinese', () => {
    setupMetrics({ status: 'idle', rows: [] });
    expect(screen.getByRole('button', { name: '计算指标' })).toBeTruthy();
    expect(screen.getByText(/中介中心性衡量/)).toBeTruthy();
  });

  it('shows all rows with a Chinese button', () => {
    setupMetrics({ rowLimit: 1 });
    fireEvent.click(screen.getByRole('button', { name: '显示全部 2 个节点' }));
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(2);
  });
});

const graph = yrdGraph;
const matrices = yrdMatrices;
const getEvidence = yrdEvidence;

function setupCompare() {
  render(
    <I18nProvider lang="zh">
      <ComparePanel
        matrices={matrices}
        getComparison={(a, b) => compareProvinces(graph, a, b)}
        ruleHelp={MESSAGES.en.provinceLinkRuleHelp}
        getEvidence={getEvidence}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />
    </I18nProvider>,
  );
}

// The real graph's matrices are large for jsdom's role queries: allow more than the default 5 s under load.
describe('ComparePanel in Chinese', { timeout: 20_000 }, () => {
  it('titles the matrices in Chinese and names the provinces in Chinese', () => {
    setupCompare();
    expect(screen.getByRole('region', { name: '比较省市' })).toBeTruthy();
    expect(screen.getByText('省市在什么情况下与主题或项目举措相关联？')).toBeTruthy();
    const table = screen.getByRole('table', { name: /^各省市的主题/ });
    expect(screen.getByRole('table', { name: /^各省市的项目举措/ })).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['上海市', '江苏省', '浙江省', '安徽省']);
    const row = within(table).getByRole('row', { name: /^上海市/ });
    const cell = within(row).getAllByRole('button')[0] as HTMLElement;
    expect(cell.getAttribute('aria-label')).toMatch(/^上海市 · .+：\d+ 条关系$/);
    fireEvent.click(cell);
    const pane = document.getElementById(cell.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(pane.textContent).toMatch(/^上海市 · .+：\d+ 条关系/);
  });

  it('compares two provinces with Chinese pickers and list titles', () => {
    setupCompare();
    const first = screen.getByRole('combobox', { name: '第一个省市' }) as HTMLSelectElement;
    expect(optionTexts(first)).toEqual(['上海市', '江苏省', '浙江省', '安徽省']);
    expect(screen.getByRole('combobox', { name: '第二个省市' })).toBeTruthy();
    expect(screen.getByRole('region', { name: /^上海市与江苏省共有/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: /^江苏省独有/ })).toBeTruthy();
    fireEvent.change(first, { target: { value: 'province/jiangsu' } });
    expect(screen.getByText('请选择两个不同的省市进行比较。')).toBeTruthy();
  });
});
