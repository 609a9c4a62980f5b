// The Source reader: the report's numbered paragraphs, entity mentions as buttons, evidence and selection marked.
import { Fragment, useEffect, useMemo, useRef } from 'react';
import { segmentParagraph, findQuoteRanges, type MentionRange, type Segment } from '../model/markupParagraph';
import { useI18n } from './i18n/I18nContext';

export interface SourcePanelProps {
  title: string;
  paragraphs: readonly string[];
  /** Mentions per paragraph (index 0 = paragraph 1). */
  mentions: readonly (readonly MentionRange[])[];
  /** Kind and label of each mentioned node, for the subtle kind marking and the tooltip. */
  describeNode(key: string): { label: string; labelZh?: string | undefined; kind: string } | null;
  selectedNode: string | null;
  /** Verbatim quotes to highlight, by paragraph number (evidence of the selected edge or path). */
  quotes: ReadonlyMap<number, readonly string[]>;
  focusParagraph: number | null;
  onFocusParagraph(paragraph: number): void;
  onSelectNode(key: string): void;
  /** A paragraph to bring into view (e.g. from a citation in Details); changes trigger the scroll. */
  scrollTarget?: { paragraph: number } | null;
  reducedMotion?: boolean;
}

function MentionLink({
  segment,
  node,
  label,
  kind,
  kindLabel,
  selected,
  onSelect,
}: {
  segment: Segment;
  node: string;
  label: string;
  kind: string;
  kindLabel: string;
  selected: boolean;
  onSelect(): void;
}) {
  // A link (not a button) so that a long mention wraps with the text; it also opens the entity in a new tab.
  return (
    <a
      href={`?node=${encodeURIComponent(node)}`}
      className={`mention mention-${kind}`}
      title={`${label} (${kindLabel})`}
      aria-current={selected ? 'true' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onSelect();
      }}
    >
      {selected ? <mark className="mention-selected">{segment.text}</mark> : segment.text}
    </a>
  );
}

export function SourcePanel(props: SourcePanelProps) {
  const { paragraphs, mentions, quotes, selectedNode, scrollTarget, reducedMotion } = props;
  const { t, name, kindLabel } = useI18n();
  const container = useRef<HTMLElement>(null);
  const segments = useMemo(
    () =>
      paragraphs.map((text, index) =>
        segmentParagraph(text, mentions[index] ?? [], findQuoteRanges(text, quotes.get(index + 1) ?? [])),
      ),
    [paragraphs, mentions, quotes],
  );

  // Bring the first mark (selected entity or evidence) into view when the selection changes.
  useEffect(() => {
    const first = container.current?.querySelector('mark');
    if (first && typeof first.scrollIntoView === 'function') {
      first.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
    }
  }, [selectedNode, quotes, reducedMotion]);

  useEffect(() => {
    if (!scrollTarget) return;
    const target = container.current?.querySelector(`#source-paragraph-${scrollTarget.paragraph}`);
    if (target && typeof target.scrollIntoView === 'function') {
      target.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
    }
  }, [scrollTarget, reducedMotion]);

  return (
    <section className="source-panel" aria-label={t.tabs.source} ref={container}>
      <h2>{props.title}</h2>
      <p className="help">{t.sourceHelp}</p>
      <ol className="source-paragraphs">
        {segments.map((runs, index) => {
          const number = index + 1;
          const focused = props.focusParagraph === number;
          return (
            <li key={number} id={`source-paragraph-${number}`} className={focused ? 'focused' : undefined}>
              <button
                type="button"
                className="paragraph-number"
                aria-pressed={focused}
                onClick={() => props.onFocusParagraph(number)}
              >
                ¶{number} <span className="visually-hidden">{t.focusParagraph}</span>
              </button>
              <p>
                {runs.map((segment) => {
                  const node = segment.node ? props.describeNode(segment.node) : null;
                  const content =
                    segment.node && node ? (
                      <MentionLink
                        segment={segment}
                        node={segment.node}
                        label={name(node)}
                        kind={node.kind}
                        kindLabel={kindLabel(node.kind)}
                        selected={segment.node === selectedNode}
                        onSelect={() => props.onSelectNode(segment.node!)}
                      />
                    ) : (
                      segment.text
                    );
                  return (
                    <Fragment key={segment.start}>
                      {segment.highlighted ? <mark className="evidence-mark">{content}</mark> : content}
                    </Fragment>
                  );
                })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
