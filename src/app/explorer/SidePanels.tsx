// The side panel: the tabs the dataset offers (Details, Source, Metrics, Compare, Table, Path); a drawer on narrow screens.
import { lazy, Suspense } from 'react';
import type { ExplorerModel } from './useExplorerModel';

/** The panels' code is loaded after the graph's first frame, which needs none of it. */
const SidePanelTabs = lazy(() => import('./SidePanelTabs').then((m) => ({ default: m.SidePanelTabs })));

export function SidePanels({ model }: { model: ExplorerModel }) {
  const { t } = model.i18n;
  return (
    <aside
      className={model.drawer === 'panels' ? 'panels open' : 'panels'}
      aria-label={t.panels}
      id="panels"
      tabIndex={-1}
    >
      <button type="button" className="drawer-close header-button" onClick={() => model.setDrawer(null)}>
        {t.closeDrawer}
      </button>
      {model.panelsReady && (
        <Suspense fallback={null}>
          <SidePanelTabs model={model} />
        </Suspense>
      )}
    </aside>
  );
}
