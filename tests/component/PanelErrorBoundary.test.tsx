// Component tests of the panel error boundary: a crash is contained, explained, and recoverable.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../src/ui/i18n/messages';
import { PanelErrorBoundary } from '../../src/ui/PanelErrorBoundary';

const t = MESSAGES.en;
const messages = { crashed: t.panelCrashed, rest: t.panelCrashedRest, reset: t.resetPanel };

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('Broken data in the panel');
  return <p>Panel content</p>;
}

describe('PanelErrorBoundary', () => {
  it('shows the error with a reset button, leaves siblings alone, and recovers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onReset = vi.fn();
    render(
      <div>
        <p>The graph</p>
        <PanelErrorBoundary name="Details" onReset={onReset} messages={messages}>
          <Fragile />
        </PanelErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The Details panel stopped working');
    expect(screen.getByRole('alert').textContent).toContain('Broken data in the panel');
    expect(screen.getByText('The graph')).toBeTruthy();
    shouldThrow = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reset this panel' }));
    expect(onReset).toHaveBeenCalled();
    expect(screen.getByText('Panel content')).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });
});
