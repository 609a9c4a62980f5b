// The side panel: the tabs the dataset offers (Details, Source, Metrics, Compare, Table, Path); a drawer on narrow screens.
import { PanelTabs } from '../../ui/PanelTabs';
import { PANEL_CONTENT } from './panelTabs';
import type { ExplorerModel } from './useExplorerModel';

export function SidePanels({ model }: { model: ExplorerModel }) {
  const { t } = model.i18n;
  const tabs = model.context.panels.map((name) => {
    const Content = PANEL_CONTENT[name];
    return { name, label: t.tabs[name], content: <Content model={model} /> };
  });
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
        <PanelTabs tabs={tabs} active={model.view.panel} onChange={model.actions.showPanel} />
      )}
    </aside>
  );
}
