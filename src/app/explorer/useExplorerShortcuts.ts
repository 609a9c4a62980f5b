// Binds the shortcut registry's actions to the explorer: panels, neighbours, zoom, search, help and Escape.
import type { RefObject } from 'react';
import { useShortcuts } from '../../ui/keyboard/useShortcuts';
import type { CanvasActions } from './CanvasArea';
import type { ExplorerModel } from './useExplorerModel';

/**
 * Moves keyboard focus to the next (or previous) neighbour link in the Details panel, wrapping around. False when
 * there is nothing to focus yet: Details shows something else than `shows` (the selection's key), or no links.
 */
export function focusNeighbourLink(step: 1 | -1, shows?: string): boolean {
  const panel = document.querySelector<HTMLElement>('.details-panel');
  if (!panel || (shows !== undefined && panel.dataset.shows !== shows)) return false;
  const links = [...panel.querySelectorAll<HTMLElement>('.node-link')];
  if (links.length === 0) return false;
  const index = links.indexOf(document.activeElement as HTMLElement);
  const next =
    index === -1 ? (step === 1 ? 0 : links.length - 1) : (index + step + links.length) % links.length;
  links[next]!.focus();
  links[next]!.scrollIntoView?.({ block: 'nearest' });
  return true;
}

/**
 * Tries focusNeighbourLink on each animation frame until it succeeds or `frames` have passed: Details renders after
 * the graph's redraw for a new selection (and its code may still be loading), so it can lag a key press.
 */
export function focusNeighbourLinkSoon(step: 1 | -1, shows: string, frames = 60): void {
  requestAnimationFrame(() => {
    if (!focusNeighbourLink(step, shows) && frames > 1) focusNeighbourLinkSoon(step, shows, frames - 1);
  });
}

export function useExplorerShortcuts(
  model: ExplorerModel,
  refs: {
    searchInputRef: RefObject<HTMLInputElement | null>;
    canvasActionsRef: RefObject<CanvasActions | null>;
  },
): void {
  const { showPanel } = model.actions;
  const shows = model.view.node ?? model.view.edge ?? '';
  const neighbour = (step: 1 | -1) => () => {
    showPanel('details');
    focusNeighbourLinkSoon(step, shows);
  };
  useShortcuts({
    focusSearch: () => refs.searchInputRef.current?.focus(),
    clear: model.actions.clear,
    showDetails: () => showPanel('details'),
    showSource: () => showPanel('source'),
    showPath: () => showPanel('path'),
    showMetrics: () => showPanel('metrics'),
    showCompare: () => showPanel('compare'),
    showTable: () => showPanel('table'),
    previousNeighbour: neighbour(-1),
    nextNeighbour: neighbour(1),
    zoomIn: () => refs.canvasActionsRef.current?.zoomIn(),
    zoomOut: () => refs.canvasActionsRef.current?.zoomOut(),
    fit: () => refs.canvasActionsRef.current?.fit(),
    showShortcuts: () => model.setShortcutsOpen(true),
  });
}
