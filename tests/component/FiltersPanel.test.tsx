// Component tests of the Filters panel: groups and checkboxes named as a person reads them.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FiltersPanel } from '../../src/ui/FiltersPanel';

function setup() {
  const handlers = {
    onToggleFacet: vi.fn(),
    onFacetMode: vi.fn(),
    onToggleKind: vi.fn(),
    onToggleRelation: vi.fn(),
    onReset: vi.fn(),
  };
  render(
    <FiltersPanel
      facetGroups={[
        {
          facet: 'province',
          label: 'Province',
          options: [
            { value: 'province/anhui', label: 'Anhui', count: 40 },
            { value: 'province/zhejiang', label: 'Zhejiang', count: 35 },
          ],
        },
      ]}
      filters={[
        { type: 'facet', facet: 'province', values: ['province/anhui'], mode: 'any' },
        { type: 'hiddenRelations', relations: ['pledged'] },
      ]}
      provinceFacet
      kinds={[{ value: 'leader', label: 'Leaders', count: 9, color: '#E69F00' }]}
      relations={[{ value: 'pledged', label: 'pledged', count: 50 }]}
      {...handlers}
    />,
  );
  return handlers;
}

describe('FiltersPanel', () => {
  it('names each province checkbox by its province, with a count', () => {
    setup();
    const group = screen.getByRole('group', { name: 'Province' });
    const anhui = within(group).getByRole('checkbox', { name: /^Anhui/ }) as HTMLInputElement;
    expect(anhui.checked).toBe(true);
    expect(within(group).getByRole('checkbox', { name: 'Zhejiang (35)' })).toBeTruthy();
  });

  it('checks kinds that are shown and unchecks hidden relations', () => {
    setup();
    expect((screen.getByRole('checkbox', { name: /Leaders/ }) as HTMLInputElement).checked).toBe(true);
    const relation = within(screen.getByRole('group', { name: 'Relation' })).getByRole('checkbox', {
      name: /pledged/,
    });
    expect((relation as HTMLInputElement).checked).toBe(false);
  });

  it('reports toggles and the mode', () => {
    const handlers = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Zhejiang/ }));
    expect(handlers.onToggleFacet).toHaveBeenCalledWith('province', 'province/zhejiang');
    fireEvent.click(screen.getByRole('radio', { name: 'Shared by all selected' }));
    expect(handlers.onFacetMode).toHaveBeenCalledWith('all');
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(handlers.onReset).toHaveBeenCalled();
    expect(screen.getByText(/A province shows itself/)).toBeTruthy();
  });

  it('for a foreign graph: facet help and mode named generically, no empty Kind or Relation groups', () => {
    render(
      <FiltersPanel
        facetGroups={[
          { facet: 'attr:community', label: 'community', options: [{ value: 'c1', label: 'c1', count: 3 }] },
        ]}
        filters={[{ type: 'ego', depth: 2 }]}
        kinds={[]}
        relations={[]}
        onToggleFacet={vi.fn()}
        onFacetMode={vi.fn()}
        onToggleKind={vi.fn()}
        onToggleRelation={vi.fn()}
        onReset={vi.fn()}
      />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Filter mode' })).toBeTruthy();
    expect(screen.getByText('What do these filters show?')).toBeTruthy();
    expect(screen.queryByText('What does a province show?')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Kind' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Relation' })).toBeNull();
    expect(screen.getByText(/A value shows the nodes that have it/)).toBeTruthy();
    // The ego depth is not a sidebar filter: nothing here to reset.
    expect((screen.getByRole('button', { name: 'Reset filters' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
