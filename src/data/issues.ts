// Validation issue type, rule ids, and helpers to create and format issues.

export const RULE_IDS = [
  'invalid-json',
  'missing-file',
  'missing-source',
  'unknown-file',
  'schema',
  'duplicate-key',
  'key-kind-mismatch',
  'unknown-kind',
  'unknown-relation',
  'domain',
  'range',
  'unknown-node',
  'self-loop',
  'duplicate-edge',
  'quote-not-verbatim',
  'quote-too-short',
  'paragraph-out-of-range',
  'edge-file-paragraph',
  'orphan-node',
  'ambiguous-alias',
  'alias-not-in-source',
  'paragraph-uncovered',
  'mirrored-statement',
  'symmetric-duplicate',
  'stage',
  'pledge-speaker',
  'section-membership',
  'section-paragraph',
  'program-theme',
  'inferred-note',
  'reconstructed-name',
  'chinese-text',
  'non-finite-position',
  'type-attribute',
  'edge-key',
  'stale-output',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** Path of the offending file, relative to the dataset folder (or a label such as "graph.json"). */
  file: string;
  /** Node key, edge "source -relation-> target", or "" for file-level issues. */
  entity: string;
  rule: RuleId;
  /** Human-readable explanation of what is wrong. */
  message: string;
}

export interface Report {
  issues: Issue[];
  errorCount: number;
  warningCount: number;
}

/** Creates an error-severity issue. */
export function makeIssue(file: string, entity: string, rule: RuleId, message: string): Issue {
  return { severity: 'error', file, entity, rule, message };
}

/** Formats an issue as `file: entity: [rule] message` (entity omitted when empty). */
export function formatIssue(issue: Issue): string {
  const entity = issue.entity === '' ? '' : `${issue.entity}: `;
  const level = issue.severity === 'warning' ? 'warning ' : '';
  return `${issue.file}: ${entity}[${level}${issue.rule}] ${issue.message}`;
}

/** Bundles issues into a report with counts. */
export function makeReport(issues: Issue[]): Report {
  const errorCount = issues.filter((issue) => issue.severity === 'error').length;
  return { issues, errorCount, warningCount: issues.length - errorCount };
}

/** Formats the one-line summary printed after the issues. */
export function formatReportSummary(report: Report): string {
  if (report.issues.length === 0) return 'OK: no issues found.';
  return `${report.errorCount} error(s), ${report.warningCount} warning(s).`;
}
