// The explorer: the view model (useExplorerModel) rendered by its containers: header, sidebar, canvas, panels.
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { FirstFrame } from '../../render';
import type { SettingsOverrides } from '../../style/settings';
import { AutoColourContext } from '../../ui/AutoColourContext';
import { hasNotice, ImportNotices } from '../../ui/ImportNotices';
import { ImportProblem } from './ImportProblem';
import { ShortcutsDialog } from '../../ui/ShortcutsDialog';
import { StatusLine } from '../../ui/StatusLine';
import type { LoadedDataset } from '../dataset';
import { CanvasArea, type CanvasActions } from './CanvasArea';
import { ExplorerHeader, type ExplorerOpener } from './ExplorerHeader';
import { ExplorerProviders } from './ExplorerProviders';
import { makeAboutInfo } from './makeAboutInfo';
import { Sidebar } from './Sidebar';
import { SidePanels } from './SidePanels';
import { useExplorerModel } from './useExplorerModel';
import { useExplorerShortcuts } from './useExplorerShortcuts';
import { useNotebookState } from './useNotebookState';

/** Opened by few visits, so loaded when asked for. */
const AboutDialog = lazy(() =>
  import('../../ui/trust/AboutDialog').then((m) => ({ default: m.AboutDialog })),
);

export interface ExplorerProps {
  dataset: LoadedDataset;
  /** Opening other datasets (and what an import is doing); absent in tests that only show one dataset. */
  opener?: ExplorerOpener;
  /** Files are being dragged over the window. */
  dragging?: boolean;
  /** Tunables other than the defaults (tests). */
  settings?: SettingsOverrides;
  /** The startup dataset's first frame (drawStartFrame): the canvas adopts its sigma when it shows that graph. */
  firstFrame?: FirstFrame | null;
}

/** The import's warnings that have no notice of their own, as the importer wrote them. */
function importNotes(dataset: LoadedDataset): string[] {
  if (!dataset.warningDetails) return dataset.warnings ?? [];
  return dataset.warningDetails.filter((w) => !hasNotice(w)).map((w) => w.message);
}

export function Explorer({ dataset, opener, dragging = false, settings, firstFrame = null }: ExplorerProps) {
  const extraParams = opener?.graphUrl ? `graph=${encodeURIComponent(opener.graphUrl)}` : '';
  const model = useExplorerModel(dataset, extraParams, settings);
  const searchInputRef = useRef<HTMLInputElement>(null);
  const canvasActionsRef = useRef<CanvasActions | null>(null);
  useExplorerShortcuts(model, { searchInputRef, canvasActionsRef });
  const { t } = model.i18n;
  const { visibility } = model.graphView;
  const notes = importNotes(dataset);
  const [aboutOpen, setAboutOpen] = useState(false);
  const notebook = useNotebookState(dataset, t);
  const aboutInfo = useMemo(() => (aboutOpen ? makeAboutInfo(dataset) : null), [aboutOpen, dataset]);
  return (
    <ExplorerProviders lang={model.view.lang} notebook={notebook}>
      <AutoColourContext.Provider value={model.context.defaultColourBy ?? null}>
        <div className="app" lang={model.view.lang === 'zh' ? 'zh-Hans' : 'en'}>
          <a className="skip-link" href="#panels">
            {t.skipToPanels}
          </a>
          <ExplorerHeader model={model} opener={opener} onShowAbout={() => setAboutOpen(true)} />
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
              <CanvasArea model={model} canvasActionsRef={canvasActionsRef} firstFrame={firstFrame} />
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
          {aboutOpen && (
            <Suspense fallback={null}>
              <AboutDialog open onClose={() => setAboutOpen(false)} info={aboutInfo} />
            </Suspense>
          )}
        </div>
      </AutoColourContext.Provider>
    </ExplorerProviders>
  );
}
