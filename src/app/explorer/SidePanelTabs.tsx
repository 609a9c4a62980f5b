// The side panel's tab list and the open tab: loaded once the graph is drawn (none of it is needed for that).
import { PanelTabs } from '../../ui/PanelTabs';
import { PANEL_CONTENT } from './panelTabs';
import type { ExplorerModel } from './useExplorerModel';

export function SidePanelTabs({ model }: { model: ExplorerModel }) {
  const { t } = model.i18n;
  const tabs = model.context.panels.map((name) => {
    const Content = PANEL_CONTENT[name];
    return { name, label: t.tabs[name], content: <Content model={model} /> };
  });
  return <PanelTabs tabs={tabs} active={model.view.panel} onChange={model.actions.showPanel} />;
}
