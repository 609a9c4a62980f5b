// Validates an authored dataset (schemas, keys, ontology, evidence, aliases, coverage, statements) into a report.
import { isNodeKind, isRelation, RELATION_INFO } from '../model/ontology';
import type { DatasetInput } from './datasetFile';
import { makeEdgeFilePath, META_FILE } from './datasetPaths';
import { makeEdgeLabel } from './edgeKey';
import { makeIssue, makeReport, type Issue, type Report } from './issues';
import { getNodeTerms } from './mentions';
import { getParagraph, splitParagraphs } from './paragraphs';
import { compareDatasetPaths, parseDataset, type ParsedDataset, type ParsedNode } from './parseDataset';
import { containsTerm } from './termMatcher';
import { checkStatements } from './validateStatements';
import { checkTranslations } from './validateTranslations';

/** Quotes shorter than this many characters are too weak to count as evidence. */
export const DEFAULT_MIN_QUOTE_LENGTH = 15;

export interface DatasetAnalysis {
  parsed: ParsedDataset;
  /** Source paragraphs (empty when the source text is missing). */
  paragraphs: string[];
  report: Report;
}

interface NodeTable {
  byKey: Map<string, ParsedNode>;
  /** Keys whose prefix disagrees with their file's kind: domain/range checks skip them. */
  uncertainKind: Set<string>;
}

function checkNodes(parsed: ParsedDataset, issues: Issue[]): NodeTable {
  const byKey = new Map<string, ParsedNode>();
  const uncertainKind = new Set<string>();
  for (const entry of parsed.nodes) {
    const { key } = entry.node;
    const prefix = key.slice(0, key.indexOf('/'));
    if (!isNodeKind(prefix)) {
      issues.push(
        makeIssue(entry.file, key, 'unknown-kind', `key prefix "${prefix}" is not a known node kind`),
      );
      uncertainKind.add(key);
    } else if (prefix !== entry.kind) {
      issues.push(
        makeIssue(
          entry.file,
          key,
          'key-kind-mismatch',
          `key prefix "${prefix}" does not match the file's kind "${entry.kind}"`,
        ),
      );
      uncertainKind.add(key);
    }
    const first = byKey.get(key);
    if (first !== undefined) {
      issues.push(makeIssue(entry.file, key, 'duplicate-key', `key is already defined in ${first.file}`));
      continue;
    }
    byKey.set(key, entry);
  }
  return { byKey, uncertainKind };
}

function checkAliases(nodes: Map<string, ParsedNode>, sourceText: string | null, issues: Issue[]): void {
  const owners = new Map<string, Set<string>>();
  for (const { node } of nodes.values()) {
    for (const term of getNodeTerms(node)) {
      const folded = term.toLowerCase();
      const set = owners.get(folded) ?? new Set<string>();
      set.add(node.key);
      owners.set(folded, set);
    }
  }
  for (const { file, node } of nodes.values()) {
    for (const term of getNodeTerms(node)) {
      const others = [...(owners.get(term.toLowerCase()) ?? [])].filter((key) => key !== node.key);
      if (others.length > 0) {
        issues.push(
          makeIssue(
            file,
            node.key,
            'ambiguous-alias',
            `alias or label "${term}" is also used by ${others.join(', ')} (case-insensitive)`,
          ),
        );
      }
    }
    if (sourceText === null) continue;
    for (const alias of node.aliases) {
      if (!containsTerm(alias, sourceText)) {
        issues.push(
          makeIssue(
            file,
            node.key,
            'alias-not-in-source',
            `alias "${alias}" does not occur in the source text as a whole word (case-insensitive)`,
          ),
        );
      }
    }
  }
}

function checkEdges(
  parsed: ParsedDataset,
  { byKey: nodes, uncertainKind }: NodeTable,
  paragraphs: string[] | null,
  issues: Issue[],
): { connected: Set<string>; covered: Set<number> } {
  const connected = new Set<string>(parsed.invalidEdgeEndpoints);
  const covered = new Set<number>(parsed.invalidEdgeParagraphs);
  const seenEdges = new Map<string, string>();
  for (const { file, fileParagraph, edge } of parsed.edges) {
    const { source, relation, target } = edge;
    const entity = makeEdgeLabel(source, relation, target);
    connected.add(source);
    connected.add(target);
    for (const { paragraph } of edge.evidence) covered.add(paragraph);

    const firstFile = seenEdges.get(entity);
    if (firstFile !== undefined) {
      issues.push(
        makeIssue(
          file,
          entity,
          'duplicate-edge',
          `the same edge is already defined in ${firstFile}; merge their evidence`,
        ),
      );
    } else {
      seenEdges.set(entity, file);
    }
    if (source === target)
      issues.push(makeIssue(file, entity, 'self-loop', 'an edge may not connect a node to itself'));

    const sourceNode = nodes.get(source);
    const targetNode = nodes.get(target);
    for (const [role, key, found] of [
      ['source', source, sourceNode],
      ['target', target, targetNode],
    ] as const) {
      if (found === undefined && !parsed.invalidNodeKeys.has(key)) {
        issues.push(
          makeIssue(file, entity, 'unknown-node', `${role} "${key}" is not defined in any node file`),
        );
      }
    }
    if (!isRelation(relation)) {
      issues.push(
        makeIssue(file, entity, 'unknown-relation', `relation "${relation}" is not in the ontology`),
      );
    } else {
      const info = RELATION_INFO[relation];
      if (sourceNode !== undefined && !uncertainKind.has(source) && !info.domain.includes(sourceNode.kind)) {
        issues.push(
          makeIssue(
            file,
            entity,
            'domain',
            `source kind "${sourceNode.kind}" is not allowed for ${relation} (allowed: ${info.domain.join(', ')})`,
          ),
        );
      }
      if (targetNode !== undefined && !uncertainKind.has(target) && !info.range.includes(targetNode.kind)) {
        issues.push(
          makeIssue(
            file,
            entity,
            'range',
            `target kind "${targetNode.kind}" is not allowed for ${relation} (allowed: ${info.range.join(', ')})`,
          ),
        );
      }
    }

    const firstParagraph = edge.evidence[0]?.paragraph;
    if (firstParagraph !== undefined && firstParagraph !== fileParagraph) {
      issues.push(
        makeIssue(
          file,
          entity,
          'edge-file-paragraph',
          `first evidence is from paragraph ${firstParagraph}, so the edge belongs in edges/p${String(firstParagraph).padStart(2, '0')}.json`,
        ),
      );
    }
    edge.evidence.forEach(({ paragraph, quote }, index) => {
      const label = `evidence #${index} (paragraph ${paragraph})`;
      if (quote.trim().length < DEFAULT_MIN_QUOTE_LENGTH) {
        issues.push(
          makeIssue(
            file,
            entity,
            'quote-too-short',
            `${label}: quote "${quote}" is shorter than ${DEFAULT_MIN_QUOTE_LENGTH} characters`,
          ),
        );
      }
      if (paragraphs === null) return;
      const text = getParagraph(paragraphs, paragraph);
      if (text === undefined) {
        issues.push(
          makeIssue(
            file,
            entity,
            'paragraph-out-of-range',
            `${label}: the source has paragraphs 1–${paragraphs.length}`,
          ),
        );
      } else if (!text.includes(quote)) {
        issues.push(
          makeIssue(
            file,
            entity,
            'quote-not-verbatim',
            `${label}: quote "${quote}" is not a verbatim substring of that paragraph`,
          ),
        );
      }
    });
  }
  return { connected, covered };
}

/** Parses and validates a dataset; the analysis is shared with the compiler. */
export function analyzeDataset(input: DatasetInput): DatasetAnalysis {
  const parsed = parseDataset(input);
  const issues = [...parsed.issues];
  const { sourceText } = input;
  if (sourceText === null) {
    const where = parsed.meta === null ? '' : ` (${parsed.meta.source})`;
    issues.push(makeIssue(META_FILE, '', 'missing-source', `the source text${where} could not be read`));
  }
  const paragraphs = sourceText === null ? null : splitParagraphs(sourceText);

  const table = checkNodes(parsed, issues);
  checkAliases(table.byKey, sourceText, issues);
  const { connected, covered } = checkEdges(parsed, table, paragraphs, issues);
  checkStatements(parsed, table.byKey, paragraphs?.length ?? null, issues);
  checkTranslations(parsed, issues);

  for (const { file, node } of table.byKey.values()) {
    if (!connected.has(node.key))
      issues.push(makeIssue(file, node.key, 'orphan-node', 'the node has no edges'));
  }
  paragraphs?.forEach((text, index) => {
    if (text.trim() !== '' && !covered.has(index + 1)) {
      issues.push(
        makeIssue(
          makeEdgeFilePath(index + 1),
          `paragraph ${index + 1}`,
          'paragraph-uncovered',
          `paragraph ${index + 1} of the source supports no edge`,
        ),
      );
    }
  });
  issues.sort((a, b) => compareDatasetPaths(a.file, b.file)); // stable: keeps rule order within a file
  return { parsed, paragraphs: paragraphs ?? [], report: makeReport(issues) };
}

/** Validates an authored dataset; every issue is an error. */
export function validateDataset(input: DatasetInput): Report {
  return analyzeDataset(input).report;
}
