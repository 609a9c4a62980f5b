// Tabs for the side panel (Details, Source, Path…), with arrow-key navigation between tabs.
import { Suspense, useRef, type ReactNode } from 'react';
import { useI18n } from './i18n/I18nContext';
import { PanelErrorBoundary } from './PanelErrorBoundary';

export interface PanelTab<Name extends string> {
  name: Name;
  label: string;
  content: ReactNode;
}

export interface PanelTabsProps<Name extends string> {
  tabs: readonly PanelTab<Name>[];
  active: Name;
  onChange(name: Name): void;
}

export function PanelTabs<Name extends string>({ tabs, active, onChange }: PanelTabsProps<Name>) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const crashMessages = { crashed: t.panelCrashed, rest: t.panelCrashedRest, reset: t.resetPanel };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.name === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || index === -1) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onChange(next.name);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.name}"]`)?.focus();
  };
  return (
    <div className="panel-tabs">
      <div role="tablist" aria-label={t.panels} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.name}
            type="button"
            role="tab"
            id={`tab-${tab.name}`}
            data-tab={tab.name}
            aria-selected={tab.name === active}
            aria-controls={`tabpanel-${tab.name}`}
            tabIndex={tab.name === active ? 0 : -1}
            onClick={() => onChange(tab.name)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.name}
          role="tabpanel"
          id={`tabpanel-${tab.name}`}
          aria-labelledby={`tab-${tab.name}`}
          hidden={tab.name !== active}
          className="tabpanel"
        >
          {tab.name === active && (
            <PanelErrorBoundary name={tab.label} messages={crashMessages}>
              <Suspense fallback={<p className="help">…</p>}>{tab.content}</Suspense>
            </PanelErrorBoundary>
          )}
        </div>
      ))}
    </div>
  );
}
