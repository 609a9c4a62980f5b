// The "[" / "]" shortcuts' focus move: only into Details showing the selection, retried until Details catches up.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusNeighbourLink, focusNeighbourLinkSoon } from '../../../src/app/explorer/useExplorerShortcuts';

function showDetails(shows: string, links: string[]) {
  document.body.innerHTML = `<section class="details-panel" data-shows="${shows}">${links
    .map((label) => `<button class="node-link">${label}</button>`)
    .join('')}</section>`;
}

describe('focusNeighbourLink', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(() => callback(performance.now()), 16),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('moves through the links of the node Details shows, wrapping around', () => {
    showDetails('leader/a', ['Anhui', 'Jiangsu']);
    expect(focusNeighbourLink(1, 'leader/a')).toBe(true);
    expect(document.activeElement?.textContent).toBe('Anhui');
    expect(focusNeighbourLink(1, 'leader/a')).toBe(true);
    expect(document.activeElement?.textContent).toBe('Jiangsu');
    expect(focusNeighbourLink(1, 'leader/a')).toBe(true);
    expect(document.activeElement?.textContent).toBe('Anhui');
    expect(focusNeighbourLink(-1, 'leader/a')).toBe(true);
    expect(document.activeElement?.textContent).toBe('Jiangsu');
  });

  it('does nothing while Details still shows an earlier selection', () => {
    showDetails('leader/a', ['Anhui']);
    expect(focusNeighbourLink(1, 'leader/b')).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  it('waits, frame by frame, until Details shows the selection', () => {
    showDetails('', []);
    focusNeighbourLinkSoon(1, 'leader/b');
    vi.advanceTimersByTime(100);
    expect(document.activeElement).toBe(document.body);
    showDetails('leader/b', ['Shanghai']);
    vi.advanceTimersByTime(20);
    expect(document.activeElement?.textContent).toBe('Shanghai');
  });

  it('gives up after its frames when Details never catches up', () => {
    showDetails('leader/a', ['Anhui']);
    focusNeighbourLinkSoon(1, 'leader/b', 3);
    vi.advanceTimersByTime(1000);
    showDetails('leader/b', ['Shanghai']);
    vi.advanceTimersByTime(1000);
    expect(document.activeElement).toBe(document.body);
  });
});
