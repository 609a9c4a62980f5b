// The sidebar: search, the filters, the evidence filter and the legend (a drawer on narrow screens).
import { lazy, Suspense, type Ref } from 'react';
import { SearchPanel } from '../../ui/SearchPanel';
import type { ExplorerModel } from './useExplorerModel';

/** The filters and the legend: not needed for the graph's first frame, so loaded after it. */
const SidebarFilters = lazy(() => import('./SidebarFilters').then((m) => ({ default: m.SidebarFilters })));

export interface SidebarProps {
  model: ExplorerModel;
  /** The search box, focused by the "/" shortcut. */
  searchInputRef: Ref<HTMLInputElement>;
}

export function Sidebar(props: SidebarProps) {
  const { model } = props;
  return (
    <aside
      className={model.drawer === 'filters' ? 'sidebar open' : 'sidebar'}
      aria-label={model.i18n.t.searchAndFilters}
      id="sidebar"
    >
      <button type="button" className="drawer-close header-button" onClick={() => model.setDrawer(null)}>
        {model.i18n.t.closeDrawer}
      </button>
      {/* The search box is there from the start, so "/" and typing work before the graph is drawn. */}
      <SearchPanel
        search={model.search}
        onSelect={model.actions.pickSearchResult}
        inputRef={props.searchInputRef}
        slashHint
        searchText={model.textSearch.search}
        onSelectText={model.actions.openSentence}
      />
      {model.panelsReady && (
        <Suspense fallback={null}>
          <SidebarFilters model={model} />
        </Suspense>
      )}
    </aside>
  );
}
