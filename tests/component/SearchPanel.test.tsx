// Component tests of the Search combobox: results with kinds, arrow keys, Enter, Escape and "/".
import { fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useShortcuts } from '../../src/ui/keyboard/useShortcuts';
import { SearchPanel, type SearchOption } from '../../src/ui/SearchPanel';

const OPTIONS: SearchOption[] = [
  { key: 'leader/wang-qingxian', label: 'Wang Qingxian', kind: 'leader' },
  { key: 'leader/wang-hao', label: 'Wang Hao', kind: 'leader' },
  { key: 'theme/innovation', label: 'Innovation', kind: 'theme' },
];
const search = (query: string) => OPTIONS.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()));

/** The search box as the explorer wires it: "/" focuses it through the shortcut registry. */
function SearchWithShortcut({ onSelect }: { onSelect(key: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  useShortcuts({ focusSearch: () => input.current?.focus() });
  return <SearchPanel search={search} onSelect={onSelect} inputRef={input} slashHint />;
}

function setup() {
  const onSelect = vi.fn();
  render(<SearchWithShortcut onSelect={onSelect} />);
  return { onSelect, box: screen.getByRole('combobox', { name: 'Search' }) };
}

describe('SearchPanel', () => {
  it('lists results with their kind', () => {
    const { box } = setup();
    fireEvent.change(box, { target: { value: 'wang' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Wang Qingxian leader', 'Wang Hao leader']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves with the arrow keys and selects the highlighted result with Enter', () => {
    const { box, onSelect } = setup();
    fireEvent.change(box, { target: { value: 'wang' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('leader/wang-hao');
  });

  it('selects the first result with Enter when none is highlighted', () => {
    const { box, onSelect } = setup();
    fireEvent.change(box, { target: { value: 'innov' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('theme/innovation');
  });

  it('clears with Escape', () => {
    const { box } = setup();
    fireEvent.change(box, { target: { value: 'wang' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('focuses on "/", says so in its placeholder, and leaves "/" typed in a field alone', () => {
    const { box } = setup();
    expect(box.getAttribute('placeholder')).toBe('Search (press /)');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);
    const other = document.body.appendChild(document.createElement('textarea'));
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
    other.remove();
  });
});
