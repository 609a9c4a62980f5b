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
      facetSelections={[{ facet: 'province', values: ['province/anhui'] }]}
      facetMode="any"
      facetHelp="The rule."
      provinceFacet
      kinds={[{ value: 'leader', label: 'Leaders', count: 9, color: '#E69F00' }]}
      hiddenKinds={[]}
      relations={[{ value: 'pledged', label: 'pledged', count: 50 }]}
      hiddenRelations={['pledged']}
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
  });

  it('for a foreign graph: facet help and mode named generically, no empty Kind or Relation groups', () => {
    render(
      <FiltersPanel
        facetGroups={[
          { facet: 'attr:community', label: 'community', options: [{ value: 'c1', label: 'c1', count: 3 }] },
        ]}
        facetSelections={[]}
        facetMode="any"
        facetHelp="Generic rule."
        kinds={[]}
        hiddenKinds={[]}
        relations={[]}
        hiddenRelations={[]}
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
  });
});
