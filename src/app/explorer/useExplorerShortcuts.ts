// Binds the shortcut registry's actions to the explorer: panels, neighbours, zoom, search, help and Escape.
import type { RefObject } from 'react';
import { useShortcuts } from '../../ui/keyboard/useShortcuts';
import type { CanvasActions } from './CanvasArea';
import type { ExplorerModel } from './useExplorerModel';

/** Moves keyboard focus to the next (or previous) neighbour link in the Details panel, wrapping around. */
export function focusNeighbourLink(step: 1 | -1): void {
  const links = [...document.querySelectorAll<HTMLElement>('.details-panel .node-link')];
  if (links.length === 0) return;
  const index = links.indexOf(document.activeElement as HTMLElement);
  const next =
    index === -1 ? (step === 1 ? 0 : links.length - 1) : (index + step + links.length) % links.length;
  links[next]!.focus();
  links[next]!.scrollIntoView?.({ block: 'nearest' });
}

export function useExplorerShortcuts(
  model: ExplorerModel,
  refs: {
    searchInputRef: RefObject<HTMLInputElement | null>;
    canvasActionsRef: RefObject<CanvasActions | null>;
  },
): void {
  const { showPanel } = model.actions;
  const neighbour = (step: 1 | -1) => () => {
    showPanel('details');
    requestAnimationFrame(() => focusNeighbourLink(step));
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
