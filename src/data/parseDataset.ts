// Parses dataset files against the authored schemas, collecting entries with provenance and per-file issues.
import { NODE_KINDS, type NodeKind } from '../model/ontology';
import { edgeSchema, formatZodError, makeNodeSchema, metaSchema } from './authoredSchemas';
import type { AuthoredEdge, AuthoredMeta, AuthoredNode } from './authoredSchemas';
import type { DatasetInput } from './datasetFile';
import { classifyDatasetPath, makeNodeFilePath, META_FILE } from './datasetPaths';
import { makeEdgeLabel } from './edgeKey';
import { makeIssue, type Issue } from './issues';

export interface ParsedNode {
  file: string;
  kind: NodeKind;
  node: AuthoredNode;
}

export interface ParsedEdge {
  file: string;
  /** Paragraph number from the file name (edges/pNN.json). */
  fileParagraph: number;
  edge: AuthoredEdge;
}

export interface ParsedDataset {
  meta: AuthoredMeta | null;
  nodes: ParsedNode[];
  edges: ParsedEdge[];
  /** Keys of schema-invalid node entries, so edges pointing at them do not also report unknown-node. */
  invalidNodeKeys: Set<string>;
  /** Endpoints of schema-invalid edge entries, so their nodes do not also report orphan-node. */
  invalidEdgeEndpoints: Set<string>;
  /** Paragraphs cited by schema-invalid edge entries, so they do not also report paragraph-uncovered. */
  invalidEdgeParagraphs: Set<number>;
  issues: Issue[];
}

/** Sort order for files: meta.json, then node files by kind order, then everything else alphabetically. */
export function compareDatasetPaths(a: string, b: string): number {
  const rank = (path: string): number => {
    if (path === META_FILE) return 0;
    const kindIndex = NODE_KINDS.findIndex((kind) => makeNodeFilePath(kind) === path);
    return kindIndex >= 0 ? 1 + kindIndex : 100;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function readString(value: unknown, field: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const result = (value as Record<string, unknown>)[field];
  return typeof result === 'string' ? result : undefined;
}

function describeEntry(value: unknown, index: number): string {
  const key = readString(value, 'key');
  if (key !== undefined) return key;
  const source = readString(value, 'source');
  const relation = readString(value, 'relation');
  const target = readString(value, 'target');
  if (source !== undefined && relation !== undefined && target !== undefined) {
    return makeEdgeLabel(source, relation, target);
  }
  return `#${index}`;
}

/** Parses every file of the dataset; cross-file rules are left to validateDataset. */
export function parseDataset(input: DatasetInput): ParsedDataset {
  const result: ParsedDataset = {
    meta: null,
    nodes: [],
    edges: [],
    invalidNodeKeys: new Set(),
    invalidEdgeEndpoints: new Set(),
    invalidEdgeParagraphs: new Set(),
    issues: [],
  };
  const issues = result.issues;
  const paths = Object.keys(input.files).sort(compareDatasetPaths);
  if (!paths.includes(META_FILE)) {
    issues.push(
      makeIssue(
        META_FILE,
        '',
        'missing-file',
        `${META_FILE} is missing; it must name the dataset and its source text`,
      ),
    );
  }

  for (const path of paths) {
    const file = input.files[path];
    if (file === undefined) continue;
    const where = classifyDatasetPath(path);
    if (where.type === 'other') {
      issues.push(
        makeIssue(
          path,
          '',
          'unknown-file',
          `unexpected file ${path}; expected meta.json, nodes/<kind>s.json or edges/pNN.json`,
        ),
      );
      continue;
    }
    if (where.type === 'unknown-node-file') {
      issues.push(
        makeIssue(
          path,
          '',
          'unknown-kind',
          `node file ${where.name} does not name a known kind; expected one of ${NODE_KINDS.map((kind) => `${kind}s.json`).join(', ')}`,
        ),
      );
      continue;
    }
    if (where.type === 'bad-edge-file') {
      issues.push(
        makeIssue(
          path,
          '',
          'edge-file-paragraph',
          `edge file ${where.name} must be named pNN.json after the paragraph of its edges' first evidence`,
        ),
      );
      continue;
    }
    if (!file.ok) {
      issues.push(makeIssue(path, '', 'invalid-json', `file is not valid JSON: ${file.parseError}`));
      continue;
    }
    if (where.type === 'meta') {
      const parsed = metaSchema.safeParse(file.data);
      if (parsed.success) result.meta = parsed.data;
      else issues.push(makeIssue(path, '', 'schema', `invalid meta.json: ${formatZodError(parsed.error)}`));
      continue;
    }
    if (!Array.isArray(file.data)) {
      issues.push(makeIssue(path, '', 'schema', 'file must contain a JSON array of entries'));
      continue;
    }
    const entries: unknown[] = file.data;
    if (where.type === 'nodes') {
      const schema = makeNodeSchema(where.kind);
      entries.forEach((entry, index) => {
        const parsed = schema.safeParse(entry);
        if (parsed.success) {
          result.nodes.push({ file: path, kind: where.kind, node: parsed.data });
          return;
        }
        const key = readString(entry, 'key');
        if (key !== undefined) result.invalidNodeKeys.add(key);
        issues.push(
          makeIssue(
            path,
            describeEntry(entry, index),
            'schema',
            `invalid ${where.kind} node entry #${index}: ${formatZodError(parsed.error)}`,
          ),
        );
      });
      continue;
    }
    entries.forEach((entry, index) => {
      const parsed = edgeSchema.safeParse(entry);
      if (parsed.success) {
        result.edges.push({ file: path, fileParagraph: where.paragraph, edge: parsed.data });
        return;
      }
      for (const field of ['source', 'target']) {
        const endpoint = readString(entry, field);
        if (endpoint !== undefined) result.invalidEdgeEndpoints.add(endpoint);
      }
      collectParagraphs(entry, result.invalidEdgeParagraphs);
      issues.push(
        makeIssue(
          path,
          describeEntry(entry, index),
          'schema',
          `invalid edge entry #${index}: ${formatZodError(parsed.error)}`,
        ),
      );
    });
  }
  return result;
}

function collectParagraphs(entry: unknown, into: Set<number>): void {
  if (typeof entry !== 'object' || entry === null) return;
  const evidence = (entry as Record<string, unknown>).evidence;
  if (!Array.isArray(evidence)) return;
  for (const item of evidence as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const paragraph = (item as Record<string, unknown>).paragraph;
    if (typeof paragraph === 'number') into.add(paragraph);
  }
}
