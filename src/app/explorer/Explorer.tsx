// The explorer: the view model (useExplorerModel) rendered by its containers: header, sidebar, canvas, panels.
import { useRef } from 'react';
import type { SettingsOverrides } from '../../style/settings';
import { AutoColourContext } from '../../ui/AutoColourContext';
import { I18nProvider } from '../../ui/i18n/I18nContext';
import { hasNotice, ImportNotices } from '../../ui/ImportNotices';
import { ImportProblem } from './ImportProblem';
import { ShortcutsDialog } from '../../ui/ShortcutsDialog';
import { StatusLine } from '../../ui/StatusLine';
import type { LoadedDataset } from '../dataset';
import { CanvasArea, type CanvasActions } from './CanvasArea';
import { ExplorerHeader, type ExplorerOpener } from './ExplorerHeader';
import { Sidebar } from './Sidebar';
import { SidePanels } from './SidePanels';
import { useExplorerModel } from './useExplorerModel';
import { useExplorerShortcuts } from './useExplorerShortcuts';

export interface ExplorerProps {
  dataset: LoadedDataset;
  /** Opening other datasets (and what an import is doing); absent in tests that only show one dataset. */
  opener?: ExplorerOpener;
  /** Files are being dragged over the window. */
  dragging?: boolean;
  /** Tunables other than the defaults (tests). */
  settings?: SettingsOverrides;
}

/** The import's warnings that have no notice of their own, as the importer wrote them. */
function importNotes(dataset: LoadedDataset): string[] {
  if (!dataset.warningDetails) return dataset.warnings ?? [];
  return dataset.warningDetails.filter((w) => !hasNotice(w)).map((w) => w.message);
}

export function Explorer({ dataset, opener, dragging = false, settings }: ExplorerProps) {
  const extraParams = opener?.graphUrl ? `graph=${encodeURIComponent(opener.graphUrl)}` : '';
  const model = useExplorerModel(dataset, extraParams, settings);
  const searchInputRef = useRef<HTMLInputElement>(null);
  const canvasActionsRef = useRef<CanvasActions | null>(null);
  useExplorerShortcuts(model, { searchInputRef, canvasActionsRef });
  const { t } = model.i18n;
  const { visibility } = model.graphView;
  const notes = importNotes(dataset);
  return (
    <I18nProvider lang={model.view.lang}>
      <AutoColourContext.Provider value={model.context.defaultColourBy ?? null}>
        <div className="app" lang={model.view.lang === 'zh' ? 'zh-Hans' : 'en'}>
          <a className="skip-link" href="#panels">
            {t.skipToPanels}
          </a>
          <ExplorerHeader model={model} opener={opener} />
          {opener?.error && <ImportProblem error={opener.error} opener={opener} />}
          {dataset.warningDetails && (
            <ImportNotices
              warnings={dataset.warningDetails}
              onCreateMissingNodes={
                opener && dataset.reopen
                  ? () =>
                      opener.open(dataset.reopen!.request, {
                        ...dataset.reopen!.choices,
                        missingNodes: 'create',
                      })
                  : undefined
              }
            />
          )}
          {notes.length > 0 && (
            <details className="import-warnings">
              <summary>{t.importWarnings(notes.length)}</summary>
              <ul>
                {notes.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              {t.dropHere}
            </div>
          )}
          <main className="app-main">
            <div className="explorer">
              <Sidebar model={model} searchInputRef={searchInputRef} />
              <CanvasArea model={model} canvasActionsRef={canvasActionsRef} />
              <SidePanels model={model} />
              <StatusLine
                visibleNodes={visibility.nodeCount}
                totalNodes={model.graph.order}
                visibleEdges={visibility.edgeCount}
                totalEdges={model.graph.size}
                selection={model.selection.label}
                focusParagraph={model.view.focusParagraph}
              />
            </div>
          </main>
          <ShortcutsDialog open={model.shortcutsOpen} onClose={() => model.setShortcutsOpen(false)} />
        </div>
      </AutoColourContext.Provider>
    </I18nProvider>
  );
}
