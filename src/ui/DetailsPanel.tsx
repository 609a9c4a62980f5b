// Details of the selection: a node's facts and relations grouped by type, or an edge's ends and evidence.
import type { EdgeDescription, NodeDescription, NodeSummary } from '../model/describe';
import { EvidenceList } from './EvidenceList';
import { KindBadge } from './KindBadge';

export interface DetailsPanelProps {
  node: NodeDescription | null;
  edge: EdgeDescription | null;
  onSelectNode(key: string): void;
  onSelectEdge(key: string): void;
  onOpenParagraph?: (paragraph: number) => void;
}

function NodeLink({ node, onSelect }: { node: NodeSummary; onSelect(key: string): void }) {
  return (
    <button type="button" className="link node-link" onClick={() => onSelect(node.key)}>
      {node.label}
    </button>
  );
}

function NodeDetails({
  node,
  onSelectNode,
  onSelectEdge,
  onOpenParagraph,
}: DetailsPanelProps & { node: NodeDescription }) {
  const relationCount = node.groups.reduce((sum, group) => sum + group.items.length, 0);
  return (
    <article>
      <h2 className="details-title">{node.label}</h2>
      {node.labelZh && (
        <p className="details-zh" lang="zh-Hans">
          {node.labelZh}
        </p>
      )}
      <p>
        <KindBadge kind={node.kind} />
      </p>
      {node.description && <p className="details-description">{node.description}</p>}
      <dl className="details-facts">
        {node.titles.length > 0 && (
          <>
            <dt>Titles</dt>
            {node.titles.map((title) => (
              <dd key={title}>{title}</dd>
            ))}
          </>
        )}
        {node.date && (
          <>
            <dt>Date</dt>
            <dd>{node.endDate ? `${node.date} – ${node.endDate}` : node.date}</dd>
          </>
        )}
        {node.place && (
          <>
            <dt>Place</dt>
            <dd>{node.place}</dd>
          </>
        )}
        {node.aliases.length > 0 && (
          <>
            <dt>In the source as</dt>
            <dd>{node.aliases.map((alias) => `“${alias}”`).join(', ')}</dd>
          </>
        )}
      </dl>
      {node.note && (
        <p className="translation-note">
          <strong>Note:</strong> {node.note}
        </p>
      )}
      <h3>Relations ({relationCount})</h3>
      {node.groups.map((group) => (
        <section
          key={`${group.direction}:${group.relation}`}
          className="relation-group"
          aria-label={group.label}
        >
          <h4>
            {group.label} <span className="facet-count">({group.items.length})</span>
          </h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.edge}>
                <NodeLink node={item.neighbour} onSelect={onSelectNode} />
                {item.title && <span className="relation-title"> — {item.title}</span>}{' '}
                <button type="button" className="link edge-link" onClick={() => onSelectEdge(item.edge)}>
                  (relation){' '}
                  <span className="visually-hidden">
                    {node.label} {group.label} {item.neighbour.label}
                  </span>
                </button>
                <EvidenceList evidence={item.evidence} note={item.note} onOpenParagraph={onOpenParagraph} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function EdgeDetails({ edge, onSelectNode, onOpenParagraph }: DetailsPanelProps & { edge: EdgeDescription }) {
  return (
    <article>
      <h2 className="details-title">
        <NodeLink node={edge.source} onSelect={onSelectNode} />{' '}
        <span className="edge-arrow">— {edge.label} →</span>{' '}
        <NodeLink node={edge.target} onSelect={onSelectNode} />
      </h2>
      <p className="details-description">
        <KindBadge kind={edge.source.kind} /> → <KindBadge kind={edge.target.kind} />
        {edge.title && <span> · {edge.title}</span>}
      </p>
      <h3>Evidence</h3>
      <EvidenceList evidence={edge.evidence} note={edge.note} onOpenParagraph={onOpenParagraph} />
    </article>
  );
}

export function DetailsPanel(props: DetailsPanelProps) {
  return (
    <section className="details-panel" aria-label="Details">
      {props.node ? (
        <NodeDetails {...props} node={props.node} />
      ) : props.edge ? (
        <EdgeDetails {...props} edge={props.edge} />
      ) : (
        <p className="help">
          Select a node or an edge in the graph, or search for an entity, to see its relations and the
          sentences of the report that state them.
        </p>
      )}
    </section>
  );
}
