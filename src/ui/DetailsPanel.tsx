// Details of the selection: a node's facts and relations grouped by type, or an edge's ends and evidence.
import type { EdgeDescription, NodeDescription, NodeSummary } from '../model/describe';
import { Fragment } from 'react';
import { CopyDetailsButton } from './details/CopyDetailsButton';
import { EvidenceList } from './EvidenceList';
import { useI18n } from './i18n/I18nContext';
import { KindBadge } from './KindBadge';
import { InferredBadge } from './details/InferredBadge';
import { ReconstructedMark } from './details/ReconstructedMark';
import { StatementQualifiers } from './details/StatementQualifiers';
import { ThemeRoleBadge } from './details/ThemeRoleBadge';
import { AddToNotebook } from './trust/AddToNotebook';

export interface DetailsPanelProps {
  node: NodeDescription | null;
  edge: EdgeDescription | null;
  onSelectNode(key: string): void;
  onSelectEdge(key: string): void;
  onOpenParagraph?: (paragraph: number) => void;
  /** The dataset has a source text ("the report"); the empty panel's invitation mentions it only then. */
  hasSource?: boolean;
}

function NodeLink({ node, onSelect }: { node: NodeSummary; onSelect(key: string): void }) {
  const { name } = useI18n();
  return (
    <button type="button" className="link node-link" onClick={() => onSelect(node.key)}>
      {name(node)}
    </button>
  );
}

/** An attribute value: a web link when it is an http(s) URL, otherwise plain (inert) text. */
function AttributeValue({ value }: { value: string }) {
  if (!/^https?:\/\/\S+$/i.test(value)) return <>{value}</>;
  return (
    <a href={value} target="_blank" rel="noopener noreferrer">
      {value}
    </a>
  );
}

function NodeDetails({
  node,
  onSelectNode,
  onSelectEdge,
  onOpenParagraph,
}: DetailsPanelProps & { node: NodeDescription }) {
  const { t, lang, name, relationLabel, localized, localizedList } = useI18n();
  const description = localized(node.description, node.descriptionZh);
  const titles = localizedList(node.titles, node.titlesZh);
  const note = localized(node.note, node.noteZh);
  const relationCount = node.groups.reduce((sum, group) => sum + group.items.length, 0);
  const title = name(node);
  // The other language's name under the heading: Chinese under English, English under Chinese.
  const otherName = lang === 'zh' ? (title !== node.label ? node.label : null) : (node.labelZh ?? null);
  return (
    <article>
      <h2 className="details-title">{title}</h2>
      {otherName && (
        <p className="details-zh" lang={lang === 'zh' ? 'en' : 'zh-Hans'}>
          {otherName}
          {lang !== 'zh' && node.labelZhReconstructed && <ReconstructedMark />}
        </p>
      )}
      <p className="details-marks">
        <KindBadge kind={node.kind} />
        {node.role && <ThemeRoleBadge role={node.role} />}
        {node.inferred && <InferredBadge of="node" />}
        {lang === 'zh' && node.labelZhReconstructed && <ReconstructedMark />}
      </p>
      <CopyDetailsButton node={node} />
      {node.paragraph !== undefined && (
        <p className="details-description">{t.statementMarks.section(node.paragraph)}</p>
      )}
      {description && <p className="details-description">{description}</p>}
      <dl className="details-facts">
        {titles.length > 0 && (
          <>
            <dt>{t.titles}</dt>
            {titles.map((title) => (
              <dd key={title}>{title}</dd>
            ))}
          </>
        )}
        {node.date && (
          <>
            <dt>{t.date}</dt>
            <dd>{node.endDate ? `${node.date} – ${node.endDate}` : node.date}</dd>
          </>
        )}
        {node.place && (
          <>
            <dt>{t.place}</dt>
            <dd>{node.place}</dd>
          </>
        )}
        {node.aliases.length > 0 && (
          <>
            <dt>{t.inSourceAs}</dt>
            <dd>{node.aliases.map((alias) => `“${alias}”`).join(', ')}</dd>
          </>
        )}
        {node.attributes.map((attribute) => (
          <Fragment key={attribute.name}>
            <dt>{attribute.name}</dt>
            <dd>
              <AttributeValue value={attribute.value} />
            </dd>
          </Fragment>
        ))}
      </dl>
      {note && (
        <p className="translation-note">
          <strong>{t.note}</strong> {note}
        </p>
      )}
      <h3>{t.relationsCount(relationCount)}</h3>
      {node.groups.map((group) => (
        <section
          key={`${group.direction}:${group.relation}`}
          className="relation-group"
          aria-label={relationLabel(group.relation, group.direction)}
        >
          <h4>
            {relationLabel(group.relation, group.direction)}{' '}
            <span className="facet-count">({group.items.length})</span>
          </h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.edge}>
                <NodeLink node={item.neighbour} onSelect={onSelectNode} />
                {item.title && (
                  <span className="relation-title"> — {localized(item.title, item.titleZh)}</span>
                )}{' '}
                <StatementQualifiers
                  stage={item.stage}
                  inferred={item.inferred}
                  speaker={item.speaker}
                  onBehalfOf={item.onBehalfOf}
                  onSelectNode={onSelectNode}
                />{' '}
                <button type="button" className="link edge-link" onClick={() => onSelectEdge(item.edge)}>
                  {t.relationLink}{' '}
                  <span className="visually-hidden">
                    {title} {relationLabel(group.relation, group.direction)} {name(item.neighbour)}
                  </span>
                </button>
                <AddToNotebook
                  id={`edge:${item.edge}`}
                  sentence={`${title} ${relationLabel(group.relation, group.direction)} ${name(item.neighbour)}`}
                  evidence={item.evidence}
                />
                <EvidenceList
                  evidence={item.evidence}
                  note={localized(item.note, item.noteZh)}
                  onOpenParagraph={onOpenParagraph}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function EdgeDetails({ edge, onSelectNode, onOpenParagraph }: DetailsPanelProps & { edge: EdgeDescription }) {
  const { t, relationLabel, localized, name } = useI18n();
  return (
    <article>
      <h2 className="details-title">
        <NodeLink node={edge.source} onSelect={onSelectNode} />{' '}
        <span className="edge-arrow">
          — {relationLabel(edge.relation)} {edge.undirected ? '—' : '→'}
        </span>{' '}
        <NodeLink node={edge.target} onSelect={onSelectNode} />
      </h2>
      <p className="details-description">
        <KindBadge kind={edge.source.kind} /> {edge.undirected ? '—' : '→'}{' '}
        <KindBadge kind={edge.target.kind} />
        {edge.title && <span> · {localized(edge.title, edge.titleZh)}</span>}
        <StatementQualifiers
          stage={edge.stage}
          inferred={edge.inferred}
          speaker={edge.speaker}
          onSelectNode={onSelectNode}
        />
      </p>
      <h3>{t.evidenceHeading}</h3>
      <AddToNotebook
        id={`edge:${edge.key}`}
        sentence={`${name(edge.source)} ${relationLabel(edge.relation)} ${name(edge.target)}`}
        evidence={edge.evidence}
      />
      <EvidenceList
        evidence={edge.evidence}
        note={localized(edge.note, edge.noteZh)}
        onOpenParagraph={onOpenParagraph}
      />
    </article>
  );
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { t } = useI18n();
  return (
    <section
      className="details-panel"
      aria-label={t.tabs.details}
      // What it shows, for code that waits until Details has caught up with a new selection (it renders after the graph).
      data-shows={props.node?.key ?? props.edge?.key ?? ''}
    >
      {props.node ? (
        <NodeDetails {...props} node={props.node} />
      ) : props.edge ? (
        <EdgeDetails {...props} edge={props.edge} />
      ) : (
        <p className="help">{props.hasSource === false ? t.detailsEmptyGeneric : t.detailsEmpty}</p>
      )}
    </section>
  );
}
