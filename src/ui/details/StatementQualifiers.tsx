// What qualifies one statement (a relation): its stage, whether it is inferred, who said it and for whom.
import type { NodeSummary } from '../../model/describe';
import { useI18n } from '../i18n/I18nContext';
import { InferredBadge } from './InferredBadge';
import { StageBadge } from './StageBadge';
import './details.css';

export interface StatementQualifiersProps {
  stage?: string | undefined;
  inferred?: boolean | undefined;
  speaker?: NodeSummary | undefined;
  /** For a statement listed under its speaker: the province it was made for. */
  onBehalfOf?: NodeSummary | undefined;
  onSelectNode(key: string): void;
}

function PersonLink({ node, onSelect }: { node: NodeSummary; onSelect(key: string): void }) {
  const { name } = useI18n();
  return (
    <button type="button" className="link node-link" onClick={() => onSelect(node.key)}>
      {name(node)}
    </button>
  );
}

export function StatementQualifiers({
  stage,
  inferred,
  speaker,
  onBehalfOf,
  onSelectNode,
}: StatementQualifiersProps) {
  const { t } = useI18n();
  if (!stage && !inferred && !speaker && !onBehalfOf) return null;
  return (
    <span className="statement-qualifiers">
      {stage && <StageBadge stage={stage} />}
      {inferred && <InferredBadge of="edge" />}
      {onBehalfOf && (
        <span className="statement-speaker">
          {t.statementMarks.onBehalfOf} <PersonLink node={onBehalfOf} onSelect={onSelectNode} />
        </span>
      )}
      {speaker && !onBehalfOf && (
        <span className="statement-speaker">
          {t.statementMarks.saidBy} <PersonLink node={speaker} onSelect={onSelectNode} />
        </span>
      )}
    </span>
  );
}
