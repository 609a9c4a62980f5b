// The evidence of one relation: verbatim quotes with their paragraph numbers, and any translation note.
import type { Evidence } from '../model/types';
import { useI18n } from './i18n/I18nContext';

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  note?: string | undefined;
  onOpenParagraph?: ((paragraph: number) => void) | undefined;
}

export function EvidenceList({ evidence, note, onOpenParagraph }: EvidenceListProps) {
  const { t } = useI18n();
  return (
    <div className="evidence">
      {evidence.map((item, index) => (
        <blockquote key={index} className="evidence-quote">
          <span className="evidence-text">“{item.quote}”</span>{' '}
          {onOpenParagraph ? (
            <button
              type="button"
              className="link paragraph-ref"
              onClick={() => onOpenParagraph(item.paragraph)}
            >
              ¶{item.paragraph} <span className="visually-hidden">{t.openParagraph(item.paragraph)}</span>
            </button>
          ) : (
            <cite className="paragraph-ref">¶{item.paragraph}</cite>
          )}
        </blockquote>
      ))}
      {note && (
        <p className="translation-note">
          <strong>{t.note}</strong> {note}
        </p>
      )}
    </div>
  );
}
