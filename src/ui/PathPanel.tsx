// The path finder: From and To comboboxes, the shortest paths as readable hops with evidence, and Copy.
import { useState } from 'react';
import type { NodeSummary } from '../model/describe';
import { explainPaths, type PathResult } from '../model/paths';
import { EvidenceList } from './EvidenceList';
import { useI18n } from './i18n/I18nContext';
import { SearchPanel, type SearchOption } from './SearchPanel';
import { AddToNotebook } from './trust/AddToNotebook';

export interface PathPanelProps {
  search(query: string): SearchOption[];
  from: NodeSummary | null;
  to: NodeSummary | null;
  result: PathResult | null;
  sourceTitle?: string;
  onChange(from: string | null, to: string | null): void;
  onSelectNode(key: string): void;
  onSelectEdge(key: string): void;
  onOpenParagraph?: (paragraph: number) => void;
  /** Writes text to the clipboard; defaults to navigator.clipboard. */
  copyText?: (text: string) => Promise<void>;
}

function defaultCopy(text: string): Promise<void> {
  if (!navigator.clipboard) return Promise.reject(new Error('navigator.clipboard is not available'));
  return navigator.clipboard.writeText(text);
}

export function PathPanel(props: PathPanelProps) {
  const { from, to, result } = props;
  const { t, name, relationLabel } = useI18n();
  const [copyStatus, setCopyStatus] = useState<string>('');
  const copy = () => {
    if (!result) return;
    const words = { ...t.pathText, name, relationLabel };
    (props.copyText ?? defaultCopy)(explainPaths(result, words, props.sourceTitle)).then(
      () => setCopyStatus(t.copied),
      (error: unknown) =>
        setCopyStatus(t.couldNotCopy(error instanceof Error ? error.message : String(error))),
    );
  };
  return (
    <section className="path-panel" aria-label={t.pathFinder}>
      <form aria-label={t.tabs.path} onSubmit={(event) => event.preventDefault()}>
        <h2>{t.pathHeading}</h2>
        <div className="path-ends">
          <SearchPanel
            key={`from:${from?.key ?? ''}`}
            label={t.from}
            search={props.search}
            initialQuery={from ? name(from) : ''}
            showChoice
            onSelect={(key) => props.onChange(key, to?.key ?? null)}
          />
          <button
            type="button"
            className="swap"
            aria-label={t.swap}
            title={t.swap}
            disabled={!from && !to}
            onClick={() => props.onChange(to?.key ?? null, from?.key ?? null)}
          >
            ⇅
          </button>
          <SearchPanel
            key={`to:${to?.key ?? ''}`}
            label={t.to}
            search={props.search}
            initialQuery={to ? name(to) : ''}
            showChoice
            onSelect={(key) => props.onChange(from?.key ?? null, key)}
          />
        </div>
        <div className="path-actions">
          <button type="button" onClick={copy} disabled={!result}>
            {t.copy}
          </button>
          <button type="button" onClick={() => props.onChange(null, null)} disabled={!from && !to}>
            {t.clear}
          </button>
          <span role="status" className="help">
            {copyStatus}
          </span>
        </div>
      </form>
      {!result && <p className="help">{t.pathHelp}</p>}
      {result?.status === 'same' && <p>{t.bothEnds(name(result.node))}</p>}
      {result?.status === 'none' && (
        <p className="path-none">{t.noPath(name(result.from), name(result.to))}</p>
      )}
      {result?.status === 'found' && (
        <div className="path-results">
          <p>{t.pathsFound(result.paths.length, result.length)}</p>
          {result.paths.map((path, index) => (
            <section key={path.nodes.join('>')} aria-label={t.pathN(index + 1)} className="path">
              {result.paths.length > 1 && <h3>{t.pathN(index + 1)}</h3>}
              <AddToNotebook
                id={`path:${path.nodes.join('>')}`}
                sentence={[
                  name(path.hops[0]!.from),
                  ...path.hops.map(
                    (hop) =>
                      `— ${relationLabel(hop.relation, hop.reversed ? 'in' : 'out')} → ${name(hop.to)}`,
                  ),
                ].join(' ')}
                evidence={path.hops.flatMap((hop) => hop.evidence)}
              />
              <ol>
                {path.hops.map((hop) => {
                  const label = relationLabel(hop.relation, hop.reversed ? 'in' : 'out');
                  return (
                    <li key={hop.edge}>
                      <p className="hop-sentence">
                        <button
                          type="button"
                          className="link"
                          onClick={() => props.onSelectNode(hop.from.key)}
                        >
                          {name(hop.from)}
                        </button>{' '}
                        <button
                          type="button"
                          className="link hop-relation"
                          onClick={() => props.onSelectEdge(hop.edge)}
                        >
                          — {label} →{' '}
                          <span className="visually-hidden">
                            ({t.relationColumn}: {name(hop.from)} — {label} → {name(hop.to)})
                          </span>
                        </button>{' '}
                        <button type="button" className="link" onClick={() => props.onSelectNode(hop.to.key)}>
                          {name(hop.to)}
                        </button>
                      </p>
                      <EvidenceList evidence={hop.evidence} onOpenParagraph={props.onOpenParagraph} />
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
