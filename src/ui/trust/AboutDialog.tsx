// About / Method: the source, how the graph was built, stated vs inferred, counts, the citation and the file's metadata.
import { useState } from 'react';
import type { GraphSummary } from '../../model/graphSummary';
import { useI18n } from '../i18n/I18nContext';
import { makeCitation } from './citation';
import { copyToClipboard } from './copyToClipboard';
import './trust.css';
import { useModalDialog } from '../useModalDialog';

export interface AboutInfo {
  /** The dataset's title (the report's title for the built-in graph, the file name for an import). */
  title: string;
  /** The dataset's short name (e.g. "yrd-2025" or a file name). */
  name: string;
  /** The built-in YRD report (its source facts and method are known). */
  isDefault: boolean;
  /** A source text the dataset carries (built-in report or a bundle). */
  source: { title: string; paragraphs: number } | null;
  summary: GraphSummary;
  /** The graph's own metadata (GEXF <meta> fields and other plain graph attributes), for imported graphs. */
  metadata: Array<[string, string]>;
  version: string;
}

export interface AboutDialogProps {
  open: boolean;
  onClose(): void;
  info: AboutInfo | null;
  /** Writes text to the clipboard; defaults to navigator.clipboard. */
  copyText?: (text: string) => Promise<void>;
}

function CountTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: Array<[string, number]>;
  label(v: string): string;
}) {
  const { t } = useI18n();
  return (
    <table className="about-counts">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([value, count]) => (
          <tr key={value}>
            <th scope="row">{value ? label(value) : t.trust.noValue}</th>
            <td>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AboutBody({ info, copyText }: { info: AboutInfo; copyText: (text: string) => Promise<void> }) {
  const { t, kindPlural, relationLabel } = useI18n();
  const w = t.trust;
  const [copyStatus, setCopyStatus] = useState('');
  const citation = makeCitation(t, info);
  const { summary } = info;
  const copy = () =>
    copyText(citation).then(
      () => setCopyStatus(w.copiedCitation),
      (error: unknown) =>
        setCopyStatus(t.couldNotCopy(error instanceof Error ? error.message : String(error))),
    );
  return (
    <>
      <section aria-labelledby="about-source">
        <h3 id="about-source">{w.sourceHeading}</h3>
        {info.isDefault ? (
          <>
            <dl className="about-facts">
              <dt>{w.reportTitleLabel}</dt>
              <dd>
                {info.title}
                <br />
                <span lang="zh-Hans">{w.reportZh}</span>
              </dd>
              <dt>{w.dateLabel}</dt>
              <dd>{w.dateValue}</dd>
              <dt>{w.placeLabel}</dt>
              <dd>{w.placeValue}</dd>
              {info.source && (
                <>
                  <dt>{w.paragraphsLabel}</dt>
                  <dd>{w.paragraphCount(info.source.paragraphs)}</dd>
                </>
              )}
            </dl>
            <p>{w.translationNote}</p>
          </>
        ) : (
          <>
            <p>{w.importedIntro(info.name)}</p>
            {info.source && <p>{w.bundleSource(info.source.title, info.source.paragraphs)}</p>}
          </>
        )}
      </section>
      {info.isDefault ? (
        <section aria-labelledby="about-method">
          <h3 id="about-method">{w.methodHeading}</h3>
          <ul>
            {w.methodSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="about-file">
          <h3 id="about-file">{w.fileHeading}</h3>
          {info.metadata.length === 0 ? (
            <p className="help">{w.fileNone}</p>
          ) : (
            <table className="about-counts">
              <thead>
                <tr>
                  <th scope="col">{w.attributeColumn}</th>
                  <th scope="col">{w.valueColumn}</th>
                </tr>
              </thead>
              <tbody>
                {info.metadata.map(([name, value]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <section aria-labelledby="about-legend">
        <h3 id="about-legend">{w.legendHeading}</h3>
        <ul>
          <li>{w.statedText}</li>
          <li>{w.inferredText}</li>
          <li>{w.reconstructedText}</li>
        </ul>
      </section>
      <section aria-labelledby="about-counts">
        <h3 id="about-counts">{w.countsHeading}</h3>
        <p>
          {w.countsLine(summary.nodes, summary.edges)}{' '}
          {w.statedCount(summary.statedEdges, summary.inferredEdges)}{' '}
          {w.flagsCount(summary.reconstructedNames, summary.inferredNodes)}
        </p>
        <div className="about-count-tables">
          <CountTable caption={w.nodesByKind} rows={summary.kinds} label={kindPlural} />
          <CountTable caption={w.edgesByRelation} rows={summary.relations} label={(r) => relationLabel(r)} />
        </div>
      </section>
      <section aria-labelledby="about-cite">
        <h3 id="about-cite">{w.citeHeading}</h3>
        <p className="about-citation">{citation}</p>
        <p>
          <button type="button" onClick={() => void copy()}>
            {w.copyCitation}
          </button>{' '}
          <span role="status" className="help">
            {copyStatus}
          </span>
        </p>
        <p className="help">{w.versionLine(info.version)}</p>
      </section>
    </>
  );
}

export function AboutDialog({ open, onClose, info, copyText = copyToClipboard }: AboutDialogProps) {
  const { t } = useI18n();
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="about-dialog" aria-labelledby="about-title" onClose={onClose}>
      <div className="about-head">
        <h2 id="about-title">{t.trust.aboutTitle}</h2>
        <button
          type="button"
          // Closing the dialog itself returns focus to where it was before "close" reaches onClose.
          onClick={() =>
            dialog.current?.open && typeof dialog.current.close === 'function'
              ? dialog.current.close()
              : onClose()
          }
          autoFocus
        >
          {t.closeDialog}
        </button>
      </div>
      {open && info && <AboutBody info={info} copyText={copyText} />}
    </dialog>
  );
}
