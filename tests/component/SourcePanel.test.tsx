// Component tests of the Source reader: mentions as links, the selection and evidence marked, paragraph focus.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SourcePanel, type SourcePanelProps } from '../../src/ui/SourcePanel';

const PARAGRAPHS = [
  'Liu Jie, Governor of Zhejiang Province, spoke.',
  'Zhejiang will deepen the "88 Strategy".',
];
const NODES: Record<string, { label: string; kind: string }> = {
  'leader/liu-jie': { label: 'Liu Jie', kind: 'leader' },
  'province/zhejiang': { label: 'Zhejiang', kind: 'province' },
};

function setup(overrides: Partial<SourcePanelProps> = {}) {
  const props: SourcePanelProps = {
    title: 'Report',
    paragraphs: PARAGRAPHS,
    mentions: [
      [
        { node: 'leader/liu-jie', start: 0, end: 7 },
        { node: 'province/zhejiang', start: 21, end: 38 },
        { node: 'province/zhejiang', start: 21, end: 29 },
      ],
      [{ node: 'province/zhejiang', start: 0, end: 8 }],
    ],
    describeNode: (key) => NODES[key] ?? null,
    selectedNode: null,
    quotes: new Map(),
    focusParagraph: null,
    onFocusParagraph: vi.fn(),
    onSelectNode: vi.fn(),
    ...overrides,
  };
  render(<SourcePanel {...props} />);
  return { props, region: screen.getByRole('region', { name: 'Source' }) };
}

describe('SourcePanel', () => {
  it('renders numbered paragraphs with each mention as a link, the longest overlapping alias winning', () => {
    const { region } = setup();
    const links = within(region).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Liu Jie', 'Zhejiang Province', 'Zhejiang']);
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
  });

  it('selects the entity of an activated mention', () => {
    const { region, props } = setup();
    fireEvent.click(within(region).getByRole('link', { name: 'Zhejiang Province' }));
    expect(props.onSelectNode).toHaveBeenCalledWith('province/zhejiang');
  });

  it("marks the selected entity's mentions", () => {
    const { region } = setup({ selectedNode: 'province/zhejiang' });
    const marks = region.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['Zhejiang Province', 'Zhejiang']);
  });

  it('highlights evidence quotes in their paragraph', () => {
    const { region } = setup({ quotes: new Map([[2, ['will deepen the "88 Strategy"']]]) });
    const marks = region.querySelectorAll('mark.evidence-mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['will deepen the "88 Strategy"']);
  });

  it('focuses a paragraph from its number, and shows which is focused', () => {
    const { region, props } = setup({ focusParagraph: 2 });
    const second = within(region).getByRole('button', { name: '¶2 focus the graph on this paragraph' });
    expect(second.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(region).getByRole('button', { name: '¶1 focus the graph on this paragraph' }));
    expect(props.onFocusParagraph).toHaveBeenCalledWith(1);
  });
});
