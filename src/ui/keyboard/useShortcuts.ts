// The one keydown listener of the page: a key of the shortcut registry runs its action's handler.
import { useEffect, useRef } from 'react';
import { isTypingTarget } from './isTypingTarget';
import { SHORTCUT_BINDINGS, type ShortcutAction } from './shortcuts';

export type ShortcutHandlers = Partial<Record<ShortcutAction, () => void>>;

/** Runs `handlers` for the registry's keys: not with Ctrl, Meta or Alt, and not while typing (except Escape). */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const binding = SHORTCUT_BINDINGS.get(event.key);
      if (!binding || (!binding.whileTyping && isTypingTarget(event.target))) return;
      const handler = latest.current[binding.action];
      if (!handler) return;
      // Escape keeps its default (it also closes a dialog); the other keys are consumed.
      if (!binding.whileTyping) event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
