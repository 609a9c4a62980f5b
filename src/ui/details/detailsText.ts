// A node's Details as plain text with citations (quotes and their paragraph numbers), for the clipboard.
import type { NodeDescription } from '../../model/describe';
import type { Evidence } from '../../model/types';
import type { I18n } from '../i18n/makeI18n';

function citations(evidence: readonly Evidence[], i18n: I18n, indent: string): string[] {
  return evidence.map((item) => `${indent}“${item.quote}” (${i18n.t.takeaway.textCitation(item.paragraph)})`);
}

/**
 * Heading (with the other language's name), kind, description and facts, then the relations grouped as in Details,
 * each with its quotes and paragraph numbers; `sourceTitle` adds a closing "Source:" line.
 */
export function formatNodeDetailsText(node: NodeDescription, i18n: I18n, sourceTitle?: string): string {
  const { t, name, relationLabel, kindLabel } = i18n;
  const colon = t.analysis.colon;
  const title = name(node);
  const other = i18n.lang === 'zh' ? (title !== node.label ? node.label : null) : (node.labelZh ?? null);
  const lines: string[] = [other ? `${title} (${other})` : title];
  lines.push(`${t.takeaway.textKind}${colon}${kindLabel(node.kind)}`);
  if (node.description) lines.push(node.description);
  if (node.titles.length > 0) lines.push(`${t.titles}${colon}${node.titles.join('; ')}`);
  if (node.date)
    lines.push(`${t.date}${colon}${node.endDate ? `${node.date} – ${node.endDate}` : node.date}`);
  if (node.place) lines.push(`${t.place}${colon}${node.place}`);
  if (node.aliases.length > 0)
    lines.push(`${t.inSourceAs}${colon}${node.aliases.map((a) => `“${a}”`).join(', ')}`);
  for (const attribute of node.attributes) lines.push(`${attribute.name}${colon}${attribute.value}`);
  if (node.note) lines.push(`${t.note} ${node.note}`);
  const count = node.groups.reduce((sum, group) => sum + group.items.length, 0);
  if (count > 0) {
    lines.push('', t.takeaway.textRelations(count));
    for (const group of node.groups) {
      lines.push('', `${relationLabel(group.relation, group.direction)} (${group.items.length})`);
      for (const item of group.items) {
        lines.push(`- ${name(item.neighbour)}${item.title ? ` — ${item.title}` : ''}`);
        lines.push(...citations(item.evidence, i18n, '    '));
        if (item.note) lines.push(`    ${t.note} ${item.note}`);
      }
    }
  }
  if (sourceTitle) lines.push('', t.takeaway.textSource(sourceTitle));
  return lines.join('\n');
}
