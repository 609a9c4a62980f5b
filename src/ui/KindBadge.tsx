// A small coloured badge naming a node's kind, in the interface language.
import { kindColor } from '../style/appearance';
import { useI18n } from './i18n/I18nContext';

export function KindBadge({ kind }: { kind: string }) {
  const { kindLabel } = useI18n();
  return (
    <span className="kind-badge">
      <span className="kind-dot" style={{ background: kindColor(kind) }} aria-hidden="true" />
      {kindLabel(kind)}
    </span>
  );
}
