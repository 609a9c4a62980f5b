// Component tests of the Details panel in 中文: the YRD data's Chinese description, offices, notes and edge titles.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeEdge, describeNode } from '../../src/model/describe';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { I18nProvider } from '../../src/ui/i18n/I18nContext';
import type { Language } from '../../src/ui/i18n/messages';
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The app's real compiled graph (jsdom's import.meta.url is not a file URL, so the path is from the project root).
const serialized = JSON.parse(
  readFileSync(resolve('graph-data/yrd-2025.graph.json'), 'utf8'),
) as SerializedGraph;
const graph = new MultiGraph(serialized.options);
graph.import(serialized);

function renderNode(key: string, lang: Language) {
  return render(
    <I18nProvider lang={lang}>
      <DetailsPanel
        node={describeNode(graph, key)}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />
    </I18nProvider>,
  );
}

describe('DetailsPanel in Chinese', () => {
  it("shows Liu Jie's Chinese description, offices and office titles", () => {
    const { container } = renderNode('leader/liu-jie', 'zh');
    const panel = screen.getByRole('region', { name: '详情' });
    expect(container.querySelector('.details-description')?.textContent).toBe(
      '浙江省省长；在成果发布会上代表浙江发言。',
    );
    const offices = [...container.querySelectorAll('.details-facts dd')].map((dd) => dd.textContent);
    expect(offices).toEqual(expect.arrayContaining(['中共浙江省委副书记', '浙江省省长']));
    // The quotes are the (English) source's words; the curated texts are Chinese.
    expect(container.querySelector('.details-facts')?.textContent).not.toMatch(/Governor|Secretary/);
    expect(panel.textContent).toContain('刘捷');
    const titles = [...container.querySelectorAll('.relation-title')].map((span) => span.textContent);
    expect(titles).toEqual(expect.arrayContaining([' — 中共浙江省委副书记', ' — 浙江省省长']));
  });

  it('shows the English texts in English', () => {
    const { container } = renderNode('leader/liu-jie', 'en');
    expect(container.querySelector('.details-description')?.textContent).toBe(
      'Governor of Zhejiang; spoke for Zhejiang at the results conference.',
    );
    expect(screen.getByRole('region', { name: 'Details' }).textContent).not.toContain('浙江省省长；');
  });

  it("shows a node's Chinese note and a relation's Chinese note", () => {
    renderNode('province/jiangsu', 'zh');
    const panel = screen.getByRole('region', { name: '详情' });
    expect(panel.textContent).toContain('“苏”是江苏省的简称');
    const members = within(panel).getByRole('region', { name: '属于' });
    expect(members.textContent).toContain('即长三角的“三省一市”');
  });

  it("shows an edge's Chinese title", () => {
    render(
      <I18nProvider lang="zh">
        <DetailsPanel
          node={null}
          edge={describeEdge(
            graph,
            graph.findEdge('leader/liu-jie', 'province/zhejiang', (_e, a) => a.relation === 'holds_office')!,
          )}
          onSelectNode={vi.fn()}
          onSelectEdge={vi.fn()}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('region', { name: '详情' }).textContent).toContain('· 浙江省省长');
  });
});
