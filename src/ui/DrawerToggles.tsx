// On narrow screens: buttons that open the sidebar (search, filters) or the panels as drawers over the graph.
import { useI18n } from './i18n/I18nContext';

export type Drawer = 'filters' | 'panels';

export interface DrawerTogglesProps {
  open: Drawer | null;
  onToggle(drawer: Drawer): void;
}

export function DrawerToggles({ open, onToggle }: DrawerTogglesProps) {
  const { t } = useI18n();
  return (
    <div className="drawer-toggles">
      <button
        type="button"
        className="header-button"
        aria-expanded={open === 'filters'}
        aria-controls="sidebar"
        onClick={() => onToggle('filters')}
      >
        {t.showFilters}
      </button>
      <button
        type="button"
        className="header-button"
        aria-expanded={open === 'panels'}
        aria-controls="panels"
        onClick={() => onToggle('panels')}
      >
        {t.showPanels}
      </button>
    </div>
  );
}
