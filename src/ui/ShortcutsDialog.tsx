// The keyboard shortcuts, listed in a modal dialog opened with "?".
import { useEffect, useRef } from 'react';

export interface Shortcut {
  keys: string;
  description: string;
}

export const DEFAULT_SHORTCUTS: readonly Shortcut[] = [
  { keys: '/', description: 'Focus the search box' },
  { keys: 'Escape', description: 'Clear the search box, then the selection; close this dialog' },
  { keys: '↑ ↓ Enter', description: 'Move through search results and select one' },
  { keys: 'd s p m c t', description: 'Open Details, Source, Path, Metrics, Compare or Table' },
  { keys: '[ ]', description: 'Select the previous or next neighbour of the selected node' },
  { keys: '+ − 0', description: 'Zoom in, zoom out, fit the graph' },
  { keys: '← →', description: 'Move between panel tabs (when a tab has focus)' },
  { keys: '?', description: 'Show these shortcuts' },
];

export interface ShortcutsDialogProps {
  open: boolean;
  onClose(): void;
  shortcuts?: readonly Shortcut[];
}

export function ShortcutsDialog({ open, onClose, shortcuts = DEFAULT_SHORTCUTS }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || typeof element.showModal !== 'function') return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.keys}>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
