// The shortcut registry: each row of the "?" dialog with the keys it binds to actions; the key handler reads it too.
import type { Messages } from '../i18n/messages';

export type ShortcutAction =
  | 'focusSearch'
  | 'clear'
  | 'showDetails'
  | 'showSource'
  | 'showPath'
  | 'showMetrics'
  | 'showCompare'
  | 'showTable'
  | 'previousNeighbour'
  | 'nextNeighbour'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'showShortcuts';

export interface ShortcutRow {
  /** The row's description in the dictionaries (`shortcutRows`). */
  id: keyof Messages['shortcutRows'];
  /** The keys as the dialog shows them. */
  keys: string;
  /** KeyboardEvent.key → action. Rows without bindings are keys a focused control handles itself. */
  bindings?: Readonly<Record<string, ShortcutAction>>;
  /** The keys act even while the user types in a field (Escape). */
  whileTyping?: boolean;
}

export const SHORTCUTS: readonly ShortcutRow[] = [
  { id: 'search', keys: '/', bindings: { '/': 'focusSearch' } },
  { id: 'escape', keys: 'Escape', bindings: { Escape: 'clear' }, whileTyping: true },
  { id: 'searchResults', keys: '↑ ↓ Enter' },
  {
    id: 'panels',
    keys: 'd s p m c t',
    bindings: {
      d: 'showDetails',
      s: 'showSource',
      p: 'showPath',
      m: 'showMetrics',
      c: 'showCompare',
      t: 'showTable',
    },
  },
  { id: 'neighbours', keys: '[ ]', bindings: { '[': 'previousNeighbour', ']': 'nextNeighbour' } },
  { id: 'zoom', keys: '+ − 0', bindings: { '+': 'zoomIn', '=': 'zoomIn', '-': 'zoomOut', '0': 'fit' } },
  { id: 'tabs', keys: '← →' },
  { id: 'help', keys: '?', bindings: { '?': 'showShortcuts' } },
];

export interface ShortcutBinding {
  action: ShortcutAction;
  whileTyping: boolean;
}

/** KeyboardEvent.key → its action, from the registry. */
export const SHORTCUT_BINDINGS: ReadonlyMap<string, ShortcutBinding> = new Map(
  SHORTCUTS.flatMap((row) =>
    Object.entries(row.bindings ?? {}).map(
      ([key, action]) => [key, { action, whileTyping: row.whileTyping ?? false }] as const,
    ),
  ),
);
