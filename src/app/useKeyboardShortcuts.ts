// Global single-key shortcuts (panels, neighbours, help), ignored while the user types in a field.
import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../ui/SearchPanel';

/** key (as in KeyboardEvent.key) -> action. */
export type ShortcutMap = Record<string, () => void>;

export function useKeyboardShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const action = latest.current[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

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
