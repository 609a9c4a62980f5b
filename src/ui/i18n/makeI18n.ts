// Everything a panel needs to speak one language: the messages, and names of entities, kinds and relations.
import { isNodeKind, isRelation, KIND_INFO, RELATION_INFO } from '../../model/ontology';
import { KIND_LABELS_ZH, RELATION_LABELS_ZH } from '../../model/ontologyZh';
import { MESSAGES, type Language, type Messages } from './messages';

export interface I18n {
  lang: Language;
  t: Messages;
  /** An entity's name: its Chinese name in Chinese where known, else its English label. */
  name(node: { label: string; labelZh?: string | undefined }): string;
  kindLabel(kind: string): string;
  kindPlural(kind: string): string;
  /** A relation read from its source ("out") or, with the inverse label, from its target ("in"). */
  relationLabel(relation: string, direction?: 'out' | 'in'): string;
  /** A text of the data in the interface language: the Chinese version in Chinese where the dataset has one. */
  localized<T extends string | undefined>(english: T, chinese: string | undefined): T | string;
  /** A leader's offices in the interface language (the Chinese list only when it is complete). */
  localizedList(english: string[], chinese: string[]): string[];
}

export function makeI18n(lang: Language): I18n {
  const zh = lang === 'zh';
  return {
    lang,
    t: MESSAGES[lang],
    name: (node) => (zh && node.labelZh ? node.labelZh : node.label),
    kindLabel: (kind) =>
      isNodeKind(kind) ? (zh ? KIND_LABELS_ZH[kind] : KIND_INFO[kind].label.toLowerCase()) : kind,
    kindPlural: (kind) => (isNodeKind(kind) ? (zh ? KIND_LABELS_ZH[kind] : KIND_INFO[kind].plural) : kind),
    localized: (english, chinese) => (zh && chinese ? chinese : english),
    localizedList: (english, chinese) => (zh && chinese.length === english.length ? chinese : english),
    relationLabel: (relation, direction = 'out') => {
      if (!isRelation(relation))
        return direction === 'out' ? relation : MESSAGES[lang].incomingRelation(relation);
      if (zh) return RELATION_LABELS_ZH[relation][direction === 'out' ? 0 : 1];
      return direction === 'out' ? RELATION_INFO[relation].label : RELATION_INFO[relation].inverseLabel;
    },
  };
}
