// Rule chinese-text: where a dataset declares Chinese, every description, title and note has its Chinese field.
import type { AuthoredEdge, AuthoredNode } from './authoredSchemas';
import { makeEdgeLabel } from './edgeKey';
import { makeIssue, type Issue } from './issues';
import type { ParsedDataset } from './parseDataset';

/** A Chinese text must contain at least one CJK ideograph. */
const CJK_PATTERN = /\p{Script=Han}/u;

type Pair = [english: string | undefined, chinese: string | undefined, field: string];

function checkPair([english, chinese, field]: Pair, required: boolean): string | null {
  if (chinese !== undefined && english === undefined) return `${field} has no English counterpart`;
  if (chinese === undefined) return required && english !== undefined ? `${field} is missing` : null;
  return CJK_PATTERN.test(chinese) ? null : `${field} "${chinese}" contains no Chinese characters`;
}

function checkTitles(node: AuthoredNode, required: boolean): string[] {
  const { titles, titlesZh } = node;
  if (titlesZh === undefined) return required && titles !== undefined ? ['titlesZh is missing'] : [];
  if (titles === undefined) return ['titlesZh has no English counterpart'];
  if (titlesZh.length !== titles.length)
    return [`titlesZh has ${titlesZh.length} entries but titles has ${titles.length}`];
  return titlesZh.flatMap((title, index) =>
    CJK_PATTERN.test(title) ? [] : [`titlesZh[${index}] "${title}" contains no Chinese characters`],
  );
}

function nodeProblems(node: AuthoredNode, required: boolean): string[] {
  const pairs: Pair[] = [
    [node.description, node.descriptionZh, 'descriptionZh'],
    [node.note, node.noteZh, 'noteZh'],
  ];
  return [
    ...pairs.map((pair) => checkPair(pair, required)).filter((problem) => problem !== null),
    ...checkTitles(node, required),
  ];
}

function edgeProblems(edge: AuthoredEdge, required: boolean): string[] {
  const pairs: Pair[] = [
    [edge.title, edge.titleZh, 'titleZh'],
    [edge.note, edge.noteZh, 'noteZh'],
  ];
  return pairs.map((pair) => checkPair(pair, required)).filter((problem) => problem !== null);
}

/**
 * Checks the Chinese fields. A Chinese field always needs its English one and at least one Chinese character;
 * when meta.json lists "zh" in `languages`, every English description, title and note needs its Chinese field.
 */
export function checkTranslations(parsed: ParsedDataset, issues: Issue[]): void {
  const required = parsed.meta?.languages?.includes('zh') ?? false;
  for (const { file, node } of parsed.nodes) {
    for (const problem of nodeProblems(node, required))
      issues.push(makeIssue(file, node.key, 'chinese-text', problem));
  }
  for (const { file, edge } of parsed.edges) {
    const entity = makeEdgeLabel(edge.source, edge.relation, edge.target);
    for (const problem of edgeProblems(edge, required))
      issues.push(makeIssue(file, entity, 'chinese-text', problem));
  }
}
