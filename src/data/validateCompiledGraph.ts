// Validates a compiled (serialized) graph against the model: shape, ontology, positions, evidence and coverage.
import { z } from 'zod';
import { isNodeKind, isRelation, RELATION_INFO, STAGES, THEME_ROLES } from '../model/ontology';
import { formatZodError } from './authoredSchemas';
import { makeEdgeKey, makeEdgeLabel } from './edgeKey';
import { makeIssue, makeReport, type Issue, type Report } from './issues';
import { getParagraph, splitParagraphs } from './paragraphs';

/** Attribute name sigma reserves for renderer programs; the graph must never use it. */
export const RESERVED_ATTRIBUTE = 'type';

const text = z.string().min(1);

const compiledNodeSchema = z.strictObject({
  key: text,
  attributes: z.strictObject({
    label: text,
    kind: z.string(),
    aliases: z.array(text),
    labelZh: text.optional(),
    labelZhReconstructed: z.literal(true).optional(),
    description: text,
    descriptionZh: text.optional(),
    role: z.enum(THEME_ROLES).optional(),
    paragraph: z.number().int().positive().optional(),
    titles: z.array(text).optional(),
    titlesZh: z.array(text).optional(),
    date: z.iso.date().optional(),
    endDate: z.iso.date().optional(),
    place: text.optional(),
    note: text.optional(),
    noteZh: text.optional(),
    inferred: z.literal(true).optional(),
    x: z.unknown().optional(),
    y: z.unknown().optional(),
  }),
});

const compiledEdgeSchema = z.strictObject({
  key: text,
  source: text,
  target: text,
  attributes: z.strictObject({
    relation: z.string(),
    evidence: z.array(z.strictObject({ paragraph: z.number().int(), quote: text })).min(1),
    stage: z.enum(STAGES).optional(),
    speaker: text.optional(),
    note: text.optional(),
    noteZh: text.optional(),
    inferred: z.literal(true).optional(),
    title: text.optional(),
    titleZh: text.optional(),
  }),
});

const compiledGraphSchema = z.strictObject({
  options: z.strictObject({
    type: z.literal('directed'),
    multi: z.literal(true),
    allowSelfLoops: z.literal(false),
  }),
  attributes: z.strictObject({ name: text, title: text, titleZh: text.optional(), source: text }),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});

function withoutReserved(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { [RESERVED_ATTRIBUTE]: _reserved, ...rest } = value as Record<string, unknown>;
  return rest;
}

function hasReserved(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, RESERVED_ATTRIBUTE);
}

/** Strips a reserved `type` attribute (reporting it) so the schema check reports everything else. */
function takeAttributes(entry: unknown, file: string, entity: string, issues: Issue[]): unknown {
  if (typeof entry !== 'object' || entry === null) return entry;
  const record = entry as Record<string, unknown>;
  if (!hasReserved(record.attributes)) return entry;
  issues.push(
    makeIssue(
      file,
      entity,
      'type-attribute',
      `attribute "${RESERVED_ATTRIBUTE}" is reserved by sigma and must not be set`,
    ),
  );
  return { ...record, attributes: withoutReserved(record.attributes) };
}

function entryName(entry: unknown, index: number): string {
  if (typeof entry === 'object' && entry !== null) {
    const key = (entry as Record<string, unknown>).key;
    if (typeof key === 'string') return key;
  }
  return `#${index}`;
}

/**
 * Validates a serialized compiled graph. `file` names it in issues. Checks: graphology shape and
 * options, attribute types, kinds and relations in the ontology, domain/range, finite x/y, edge keys,
 * non-empty verbatim evidence, no `type` attribute, and that every non-empty paragraph supports an edge.
 * With `sourceText` null (e.g. a user-opened file without its source), the text checks are skipped.
 */
export function validateCompiledGraph(
  serialized: unknown,
  sourceText: string | null,
  file = 'graph.json',
): Report {
  const issues: Issue[] = [];
  const root = takeAttributes(serialized, file, '', issues);
  const graphResult = compiledGraphSchema.safeParse(root);
  if (!graphResult.success) {
    issues.push(
      makeIssue(file, '', 'schema', `not a valid compiled graph: ${formatZodError(graphResult.error)}`),
    );
    return makeReport(issues);
  }
  const paragraphs = sourceText === null ? null : splitParagraphs(sourceText);
  const kinds = new Map<string, string>();
  graphResult.data.nodes.forEach((raw, index) => {
    const name = entryName(raw, index);
    const parsed = compiledNodeSchema.safeParse(takeAttributes(raw, file, name, issues));
    if (!parsed.success) {
      issues.push(makeIssue(file, name, 'schema', `invalid node: ${formatZodError(parsed.error)}`));
      if (!name.startsWith('#')) kinds.set(name, ''); // known key, unknown kind: no unknown-node/domain/range noise
      return;
    }
    const { key, attributes } = parsed.data;
    if (kinds.has(key)) issues.push(makeIssue(file, key, 'duplicate-key', 'node key appears more than once'));
    kinds.set(key, attributes.kind);
    if (!isNodeKind(attributes.kind))
      issues.push(makeIssue(file, key, 'unknown-kind', `kind "${attributes.kind}" is not in the ontology`));
    for (const axis of ['x', 'y'] as const) {
      const value = attributes[axis];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push(
          makeIssue(
            file,
            key,
            'non-finite-position',
            `${axis} must be a finite number, got ${String(value)}`,
          ),
        );
      }
    }
  });

  const covered = new Set<number>();
  const edgeKeys = new Set<string>();
  graphResult.data.edges.forEach((raw, index) => {
    const name = entryName(raw, index);
    const parsed = compiledEdgeSchema.safeParse(takeAttributes(raw, file, name, issues));
    if (!parsed.success) {
      issues.push(makeIssue(file, name, 'schema', `invalid edge: ${formatZodError(parsed.error)}`));
      return;
    }
    const { key, source, target, attributes } = parsed.data;
    const { relation, evidence } = attributes;
    const entity = makeEdgeLabel(source, relation, target);
    if (edgeKeys.has(key))
      issues.push(makeIssue(file, entity, 'duplicate-edge', `edge key "${key}" appears more than once`));
    edgeKeys.add(key);
    const expectedKey = makeEdgeKey(source, relation, target);
    if (key !== expectedKey)
      issues.push(makeIssue(file, entity, 'edge-key', `edge key "${key}" should be "${expectedKey}"`));
    if (source === target)
      issues.push(makeIssue(file, entity, 'self-loop', 'an edge may not connect a node to itself'));
    const sourceKind = kinds.get(source);
    const targetKind = kinds.get(target);
    if (sourceKind === undefined)
      issues.push(makeIssue(file, entity, 'unknown-node', `source "${source}" is not a node`));
    if (targetKind === undefined)
      issues.push(makeIssue(file, entity, 'unknown-node', `target "${target}" is not a node`));
    if (!isRelation(relation)) {
      issues.push(
        makeIssue(file, entity, 'unknown-relation', `relation "${relation}" is not in the ontology`),
      );
    } else {
      const info = RELATION_INFO[relation];
      if (isNodeKind(sourceKind) && !info.domain.includes(sourceKind)) {
        issues.push(
          makeIssue(file, entity, 'domain', `source kind "${sourceKind}" is not allowed for ${relation}`),
        );
      }
      if (isNodeKind(targetKind) && !info.range.includes(targetKind)) {
        issues.push(
          makeIssue(file, entity, 'range', `target kind "${targetKind}" is not allowed for ${relation}`),
        );
      }
    }
    evidence.forEach(({ paragraph, quote }, evidenceIndex) => {
      covered.add(paragraph);
      if (paragraphs === null) return;
      const paragraphText = getParagraph(paragraphs, paragraph);
      if (paragraphText === undefined) {
        issues.push(
          makeIssue(
            file,
            entity,
            'paragraph-out-of-range',
            `evidence #${evidenceIndex}: paragraph ${paragraph} is not in 1–${paragraphs.length}`,
          ),
        );
      } else if (!paragraphText.includes(quote)) {
        issues.push(
          makeIssue(
            file,
            entity,
            'quote-not-verbatim',
            `evidence #${evidenceIndex}: quote "${quote}" is not verbatim in paragraph ${paragraph}`,
          ),
        );
      }
    });
  });
  paragraphs?.forEach((paragraphText, index) => {
    if (paragraphText.trim() !== '' && !covered.has(index + 1)) {
      issues.push(
        makeIssue(
          file,
          `paragraph ${index + 1}`,
          'paragraph-uncovered',
          `paragraph ${index + 1} supports no edge`,
        ),
      );
    }
  });
  return makeReport(issues);
}
