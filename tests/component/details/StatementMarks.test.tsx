// Component tests of the Details marks: stage, speaker, inferred, reconstructed, theme role, symmetric relations.
import { fireEvent, render, screen, within } from '@testing-library/react';
import Graph from 'graphology';
import { describe, expect, it, vi } from 'vitest';
import { describeEdge, describeNode } from '../../../src/model/describe';
import { DetailsPanel } from '../../../src/ui/DetailsPanel';
import { I18nProvider } from '../../../src/ui/i18n/I18nContext';

function makeStatementGraph(): Graph {
  const graph = new Graph({ multi: true });
  graph.addNode('province/zhejiang', { label: 'Zhejiang', kind: 'province', labelZh: '浙江' });
  graph.addNode('province/jiangsu', { label: 'Jiangsu', kind: 'province' });
  graph.addNode('province/anhui', { label: 'Anhui', kind: 'province' });
  graph.addNode('leader/liu-jie', { label: 'Liu Jie', kind: 'leader', labelZh: '刘捷' });
  graph.addNode('program/corridor', {
    label: 'Innovation Corridor',
    kind: 'program',
    labelZh: '创新走廊',
    labelZhReconstructed: true,
  });
  graph.addNode('theme/food-security', { label: 'Food Security', kind: 'theme', role: 'policy_area' });
  graph.addNode('document/speech', {
    label: 'A Speech',
    kind: 'document',
    inferred: true,
    note: 'The report does not date the speech.',
  });
  graph.addEdgeWithKey('pledged:zj->corridor', 'province/zhejiang', 'program/corridor', {
    relation: 'pledged',
    stage: 'continuing',
    speaker: 'leader/liu-jie',
    evidence: [{ paragraph: 14, quote: 'deepen the corridor' }],
  });
  graph.addEdgeWithKey('addresses:corridor->food', 'program/corridor', 'theme/food-security', {
    relation: 'addresses',
    inferred: true,
    note: 'INFERRED: list adjacency.',
    evidence: [{ paragraph: 6, quote: 'the corridor and food security' }],
  });
  graph.addEdgeWithKey('cooperates_with:js->zj', 'province/jiangsu', 'province/zhejiang', {
    relation: 'cooperates_with',
    evidence: [{ paragraph: 10, quote: 'Jiangsu and Zhejiang work together' }],
  });
  graph.addEdgeWithKey('cooperates_with:zj->ah', 'province/zhejiang', 'province/anhui', {
    relation: 'cooperates_with',
    evidence: [{ paragraph: 10, quote: 'Zhejiang and Anhui work together' }],
  });
  return graph;
}

const graph = makeStatementGraph();
const panel = () => screen.getByRole('region', { name: 'Details' });

describe('Details statement marks', () => {
  it('a pledge shows its stage and its speaker, who can be selected', () => {
    const onSelectNode = vi.fn();
    render(
      <DetailsPanel
        node={null}
        edge={describeEdge(graph, 'pledged:zj->corridor')}
        onSelectNode={onSelectNode}
        onSelectEdge={vi.fn()}
      />,
    );
    const stage = within(panel()).getByText('continuing');
    expect(stage.getAttribute('title')).toMatch(/^Continuing:/);
    expect(panel().textContent).toContain('said by Liu Jie');
    fireEvent.click(within(panel()).getByRole('button', { name: 'Liu Jie' }));
    expect(onSelectNode).toHaveBeenCalledWith('leader/liu-jie');
  });

  it("the speaker's Details list the pledge, with the province it was made for, its stage and its quote", () => {
    render(
      <DetailsPanel
        node={describeNode(graph, 'leader/liu-jie')}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    const pledged = within(panel()).getByRole('region', { name: 'pledged' });
    expect(pledged.textContent).toContain('Innovation Corridor');
    expect(pledged.textContent).toContain('for Zhejiang');
    expect(pledged.textContent).toContain('continuing');
    expect(pledged.textContent).toContain('deepen the corridor');
  });

  it('an inferred relation carries the badge and its note; an inferred entity too', () => {
    const { unmount } = render(
      <DetailsPanel
        node={describeNode(graph, 'program/corridor')}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    const addresses = within(panel()).getByRole('region', { name: 'addresses' });
    expect(within(addresses).getByText('inferred').getAttribute('title')).toMatch(/does not state this/);
    expect(addresses.textContent).toContain('INFERRED: list adjacency.');
    unmount();
    render(
      <DetailsPanel
        node={describeNode(graph, 'document/speech')}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    expect(within(panel()).getByText('inferred').getAttribute('title')).toMatch(/guess about the Chinese/);
    expect(panel().textContent).toContain('The report does not date the speech.');
  });

  it('a reconstructed Chinese name is marked after the name, in English and in Chinese', () => {
    const node = describeNode(graph, 'program/corridor');
    const { unmount } = render(
      <DetailsPanel node={node} edge={null} onSelectNode={vi.fn()} onSelectEdge={vi.fn()} />,
    );
    const chinese = panel().querySelector('.details-zh')!;
    expect(chinese.textContent).toBe('创新走廊reconstructed');
    expect(within(panel()).getByText('reconstructed').getAttribute('title')).toMatch(/^Reconstructed:/);
    unmount();
    render(
      <I18nProvider lang="zh">
        <DetailsPanel node={node} edge={null} onSelectNode={vi.fn()} onSelectEdge={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('创新走廊');
    expect(screen.getByText('回译')).toBeTruthy();
    // A name that is not reconstructed has no mark.
    expect(describeNode(graph, 'province/zhejiang')!.labelZhReconstructed).toBeUndefined();
  });

  it('a theme shows its role', () => {
    render(
      <DetailsPanel
        node={describeNode(graph, 'theme/food-security')}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    expect(panel().querySelector('.role-badge')!.textContent).toBe('Role: Policy area');
  });

  it('cooperation is listed once, in both directions, and its edge reads without an arrow', () => {
    const { unmount } = render(
      <DetailsPanel
        node={describeNode(graph, 'province/zhejiang')}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    const groups = within(panel()).getAllByRole('region', { name: 'cooperates with' });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.textContent).toContain('Jiangsu');
    expect(groups[0]!.textContent).toContain('Anhui');
    unmount();
    render(
      <DetailsPanel
        node={null}
        edge={describeEdge(graph, 'cooperates_with:js->zj')}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Jiangsu — cooperates with — Zhejiang',
    );
  });

  it('with nothing selected, mentions the report only when there is one', () => {
    const { unmount } = render(
      <DetailsPanel
        node={null}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
        hasSource={false}
      />,
    );
    expect(panel().textContent).not.toContain('report');
    unmount();
    render(<DetailsPanel node={null} edge={null} onSelectNode={vi.fn()} onSelectEdge={vi.fn()} hasSource />);
    expect(panel().textContent).toContain('report');
  });
});
