// What the import changed, in the interface language: skipped edges (with a way to keep them), created nodes, new ids.
import type { ImportWarning } from '../data/import/importWarnings';
import { useI18n } from './i18n/I18nContext';
import './importNotices.css';

/** How many examples a notice names (the importer keeps a few more). */
export const NOTICE_EXAMPLES = 3;

export interface ImportNoticesProps {
  warnings: readonly ImportWarning[];
  /** Opens the same file again with the missing nodes created; absent when it cannot be reopened. */
  onCreateMissingNodes?: (() => void) | undefined;
}

function Examples({ items, total }: { items: string[]; total: number }) {
  const { t } = useI18n();
  const more = total - items.length;
  return (
    <ul className="import-examples">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
      {more > 0 && <li>{t.moreExamples(more)}</li>}
    </ul>
  );
}

/** The warnings that have their own notice; the others ('note') are listed as the importer wrote them. */
export function hasNotice(warning: ImportWarning): boolean {
  return warning.code !== 'note';
}

export function ImportNotices({ warnings, onCreateMissingNodes }: ImportNoticesProps) {
  const { t } = useI18n();
  const notices = warnings.filter(hasNotice);
  if (notices.length === 0) return null;
  return (
    <section className="import-alert import-notices" aria-label={t.importNotices}>
      {notices.map((warning) => {
        if (warning.code === 'dangling-edges') {
          const shown = warning.examples.slice(0, NOTICE_EXAMPLES);
          return (
            <div key={warning.code}>
              <p>{t.danglingEdges(warning.count, warning.missingNodes)}</p>
              <Examples
                items={shown.map((e) => t.danglingExample(e.edge, e.node, e.line))}
                total={warning.count}
              />
              {onCreateMissingNodes && (
                <button type="button" onClick={onCreateMissingNodes}>
                  {t.createMissingNodes}
                </button>
              )}
            </div>
          );
        }
        if (warning.code === 'missing-nodes-created') {
          const nodes = [...new Set(warning.examples.map((e) => e.node))].slice(0, NOTICE_EXAMPLES);
          return (
            <div key={warning.code}>
              <p>{t.missingNodesCreated(warning.count, warning.edges)}</p>
              <Examples items={nodes.map((node) => `“${node}”`)} total={warning.count} />
            </div>
          );
        }
        if (warning.code === 'duplicate-edge-ids') {
          const shown = warning.examples.slice(0, NOTICE_EXAMPLES);
          return (
            <div key={warning.code}>
              <p>{t.renumberedEdges(warning.count)}</p>
              <Examples
                items={shown.map((e) => t.renumberedExample(e.id, e.key, e.line))}
                total={warning.count}
              />
            </div>
          );
        }
        return null;
      })}
    </section>
  );
}
