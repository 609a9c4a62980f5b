// A small coloured badge naming a node's kind.
import { kindColor } from '../style/appearance';
import { isNodeKind, KIND_INFO } from '../model/ontology';

export function KindBadge({ kind }: { kind: string }) {
  return (
    <span className="kind-badge">
      <span className="kind-dot" style={{ background: kindColor(kind) }} aria-hidden="true" />
      {isNodeKind(kind) ? KIND_INFO[kind].label.toLowerCase() : kind}
    </span>
  );
}
