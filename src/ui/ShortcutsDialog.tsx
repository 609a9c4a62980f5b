// The keyboard shortcuts, listed from the shortcut registry in a modal dialog opened with "?".
import { useI18n } from './i18n/I18nContext';
import { SHORTCUTS } from './keyboard/shortcuts';
import { useModalDialog } from './useModalDialog';

export interface ShortcutsDialogProps {
  open: boolean;
  onClose(): void;
}

export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const { t } = useI18n();
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t.shortcuts}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.shortcutKeys}</th>
            <th scope="col">{t.shortcutAction}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((row) => (
            <tr key={row.id}>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
              <td>{t.shortcutRows[row.id]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        {t.closeDialog}
      </button>
    </dialog>
  );
}
