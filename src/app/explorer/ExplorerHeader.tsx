// The explorer's header: title, dataset, opening graphs, the drawer toggles, Export, language and shortcuts.
import { setLanguage } from '../../state/updates';
import { AppHeader } from '../../ui/AppHeader';
import { DatasetControls } from '../../ui/DatasetControls';
import { DrawerToggles } from '../../ui/DrawerToggles';
import { ExportMenu } from '../../ui/ExportMenu';
import { EXPORT_CHOICES, exportVisibleGraph, makeRelationsCsvOptions } from '../exportGraph';
import { formatOpening } from '../formatOpening';
import type { DatasetOpener } from '../useDatasetOpener';
import type { ExplorerModel } from './useExplorerModel';

/** What the explorer uses of the dataset opener. */
export type ExplorerOpener = Pick<
  DatasetOpener,
  'opening' | 'error' | 'graphUrl' | 'open' | 'backToDefault' | 'cancel' | 'dismissError'
>;

export function ExplorerHeader({
  model,
  opener,
  onShowAbout,
}: {
  model: ExplorerModel;
  opener?: ExplorerOpener | undefined;
  onShowAbout?: () => void;
}) {
  const { dataset, dispatch, i18n, drawer, setDrawer } = model;
  return (
    <AppHeader
      datasetTitle={i18n.localized(dataset.title, dataset.titleZh)}
      onLanguage={(lang) => dispatch(setLanguage(lang))}
      onShowShortcuts={() => model.setShortcutsOpen(true)}
      onShowAbout={onShowAbout}
      otherLanguages={model.panelsReady}
    >
      {opener && (
        <DatasetControls
          isDefault={dataset.isDefault}
          defaultTitle={i18n.t.defaultDatasetName}
          onOpenFiles={(files) => opener.open({ kind: 'files', files })}
          onBackToDefault={opener.backToDefault}
          progress={opener.opening ? formatOpening(opener.opening, i18n.t) : null}
          onCancel={opener.cancel}
        />
      )}
      <DrawerToggles open={drawer} onToggle={(next) => setDrawer(drawer === next ? null : next)} />
      <ExportMenu
        formats={EXPORT_CHOICES}
        onExport={(format) =>
          void exportVisibleGraph(
            model.graph,
            model.graphView.visibility,
            dataset.name,
            format,
            makeRelationsCsvOptions(i18n),
          )
        }
      />
    </AppHeader>
  );
}
