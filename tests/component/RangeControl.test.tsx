// Component tests of the range filter's control (histogram with a text alternative, two labelled bounds) and the stage filter.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RangeControl } from '../../src/ui/RangeControl';
import { StageFilter } from '../../src/ui/StageFilter';

function setup(overrides: Partial<Parameters<typeof RangeControl>[0]> = {}) {
  const handlers = { onChange: vi.fn(), onRemove: vi.fn() };
  const view = render(
    <RangeControl
      label="Degree"
      histogram={{ min: 1, max: 9, counts: [4, 0, 2, 1] }}
      integer
      min={3}
      max={9}
      {...handlers}
      {...overrides}
    />,
  );
  return { ...handlers, ...view };
}

describe('RangeControl', () => {
  it('names its bounds and shows the current range', () => {
    setup();
    expect(screen.getByRole('spinbutton', { name: 'Minimum Degree' })).toHaveProperty('value', '3');
    expect(screen.getByRole('spinbutton', { name: 'Maximum Degree' })).toHaveProperty('value', '9');
    expect(screen.getByRole('group', { name: 'Degree' })).toBeTruthy();
  });

  it('describes the histogram in words, and marks the bins outside the range', () => {
    const { container } = setup();
    const histogram = screen.getByRole('img');
    expect(histogram.getAttribute('aria-label')).toBe(
      'Histogram of Degree: 7 nodes with values 1–9; nodes per bin, from low to high: 4, 0, 2, 1',
    );
    const bins = [...container.querySelectorAll('rect')].map((rect) => rect.getAttribute('class'));
    // Bins cover 1–3, 3–5, 5–7, 7–9: the first touches 3, so all are in range.
    expect(bins).toEqual(['in-range', 'in-range', 'in-range', 'in-range']);
  });

  it('greys out the bins outside the range', () => {
    const { container } = setup({ min: 6, max: 9 });
    const bins = [...container.querySelectorAll('rect')].map((rect) => rect.getAttribute('class'));
    expect(bins).toEqual(['out-of-range', 'out-of-range', 'in-range', 'in-range']);
  });

  it('reports a new bound, keeping min <= max, and ignores text that is not a number', () => {
    const { onChange } = setup();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Minimum Degree' }), { target: { value: '5' } });
    expect(onChange).toHaveBeenLastCalledWith(5, 9);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Maximum Degree' }), { target: { value: '2' } });
    expect(onChange).toHaveBeenLastCalledWith(2, 2);
    onChange.mockClear();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Maximum Degree' }), { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says the values are being computed while there is no histogram, and can be removed', () => {
    const { onRemove } = setup({ histogram: null });
    expect(screen.getByRole('status').textContent).toBe('Computing the values…');
    expect(screen.queryByRole('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the Degree range' }));
    expect(onRemove).toHaveBeenCalledOnce();
  });
});

describe('StageFilter', () => {
  it('offers all, new and continuing, with counts, and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <StageFilter
        stages={[
          { value: 'new', label: 'new', count: 25 },
          { value: 'continuing', label: 'continuing', count: 118 },
        ]}
        stage={null}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('radio', { name: 'All' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: /^New\b.*25/ }));
    expect(onChange).toHaveBeenLastCalledWith('new');
    expect(screen.getByRole('radiogroup', { name: 'Stage' })).toBeTruthy();
  });
});
