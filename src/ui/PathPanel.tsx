// The path finder: From and To comboboxes, the shortest paths as readable hops with evidence, and Copy.
import { useState } from 'react';
import type { NodeSummary } from '../model/describe';
import { explainPaths, hopSentence, type PathResult } from '../model/paths';
import { EvidenceList } from './EvidenceList';
import { SearchPanel, type SearchOption } from './SearchPanel';

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
  if (!navigator.clipboard)
    return Promise.reject(new Error('The clipboard is not available in this browser.'));
  return navigator.clipboard.writeText(text);
}

export function PathPanel(props: PathPanelProps) {
  const { from, to, result } = props;
  const [copyStatus, setCopyStatus] = useState<string>('');
  const copy = () => {
    if (!result) return;
    (props.copyText ?? defaultCopy)(explainPaths(result, props.sourceTitle)).then(
      () => setCopyStatus('Copied the explanation with its citations.'),
      (error: unknown) =>
        setCopyStatus(`Could not copy: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  return (
    <section className="path-panel" aria-label="Path finder">
      <form aria-label="Path" onSubmit={(event) => event.preventDefault()}>
        <h2>How are two things connected?</h2>
        <div className="path-ends">
          <SearchPanel
            key={`from:${from?.key ?? ''}`}
            label="From"
            search={props.search}
            initialQuery={from?.label ?? ''}
            showChoice
            onSelect={(key) => props.onChange(key, to?.key ?? null)}
          />
          <button
            type="button"
            className="swap"
            aria-label="Swap From and To"
            title="Swap"
            disabled={!from && !to}
            onClick={() => props.onChange(to?.key ?? null, from?.key ?? null)}
          >
            ⇅
          </button>
          <SearchPanel
            key={`to:${to?.key ?? ''}`}
            label="To"
            search={props.search}
            initialQuery={to?.label ?? ''}
            showChoice
            onSelect={(key) => props.onChange(from?.key ?? null, key)}
          />
        </div>
        <div className="path-actions">
          <button type="button" onClick={copy} disabled={!result}>
            Copy
          </button>
          <button type="button" onClick={() => props.onChange(null, null)} disabled={!from && !to}>
            Clear
          </button>
          <span role="status" className="help">
            {copyStatus}
          </span>
        </div>
      </form>
      {!result && (
        <p className="help">Choose two entities: the shortest ways they connect appear here, hop by hop.</p>
      )}
      {result?.status === 'same' && <p>Both ends are {result.node.label}.</p>}
      {result?.status === 'none' && (
        <p className="path-none">
          No path connects {result.from.label} and {result.to.label}.
        </p>
      )}
      {result?.status === 'found' && (
        <div className="path-results">
          <p>
            {result.paths.length > 1 ? `${result.paths.length} shortest paths` : 'The shortest path'} of{' '}
            {result.length} {result.length === 1 ? 'hop' : 'hops'}:
          </p>
          {result.paths.map((path, index) => (
            <section key={path.nodes.join('>')} aria-label={`Path ${index + 1}`} className="path">
              {result.paths.length > 1 && <h3>Path {index + 1}</h3>}
              <ol>
                {path.hops.map((hop) => (
                  <li key={hop.edge}>
                    <p className="hop-sentence">
                      <button type="button" className="link" onClick={() => props.onSelectNode(hop.from.key)}>
                        {hop.from.label}
                      </button>{' '}
                      <button
                        type="button"
                        className="link hop-relation"
                        onClick={() => props.onSelectEdge(hop.edge)}
                      >
                        — {hop.label} →{' '}
                        <span className="visually-hidden">(relation: {hopSentence(hop)})</span>
                      </button>{' '}
                      <button type="button" className="link" onClick={() => props.onSelectNode(hop.to.key)}>
                        {hop.to.label}
                      </button>
                    </p>
                    <EvidenceList evidence={hop.evidence} onOpenParagraph={props.onOpenParagraph} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
