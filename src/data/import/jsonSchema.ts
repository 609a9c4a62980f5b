// Zod schema of graphology's serialized graph format (graph.export()), and readable messages for its issues.
import { z } from 'zod';
import { plural } from './importWarnings';
import { isPlainObject } from './safeAttributes';
import type { SchemaExplainer } from './schemaExplainer';

const describeValue = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

const keySchema = z.custom<string | number>(
  (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
  { message: 'must be a string or a number' },
);

/** Attributes are checked for shape only and passed through untouched (they are sanitised later). */
const attributesSchema = z.custom<Record<string, unknown>>((value) => isPlainObject(value), {
  message: 'must be an object',
});

export const serializedNodeSchema = z.object({ key: keySchema, attributes: attributesSchema.optional() });

export const serializedEdgeSchema = z.object({
  key: keySchema.optional(),
  source: keySchema,
  target: keySchema,
  attributes: attributesSchema.optional(),
  undirected: z.boolean().optional(),
});

export const serializedGraphSchema = z.object({
  attributes: attributesSchema.optional(),
  options: z
    .object({
      type: z.enum(['directed', 'undirected', 'mixed']).optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .optional(),
  nodes: z.array(serializedNodeSchema),
  edges: z.array(serializedEdgeSchema).optional(),
});

export type SerializedGraphInput = z.infer<typeof serializedGraphSchema>;

/** `nodes[3].key` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, part)) {
      return undefined;
    }
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** "nodes[3].key is missing", "options.type must be one of …", "edges[2].attributes must be an object (found an array)". */
export function describeSchemaIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const path = formatJsonPath(issue.path) || 'the top-level value';
  const value = valueAt(data, issue.path);
  if (value === undefined) return `${path} is missing`;
  switch (issue.code) {
    case 'invalid_type':
      return `${path} must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected} (found ${describeValue(value)})`;
    case 'invalid_value':
      return `${path} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (found ${JSON.stringify(value)})`;
    default:
      return `${path} ${issue.message} (found ${describeValue(value)})`;
  }
}

/** zod's account of why `data` is not a serialized graph: its first issue, and how many more there are. */
export const explainSchemaProblem: SchemaExplainer = (data) => {
  const parsed = serializedGraphSchema.safeParse(data);
  if (parsed.success) return { message: 'invalid graph', element: '' };
  const [first, ...rest] = parsed.error.issues;
  const more = rest.length > 0 ? ` (and ${plural(rest.length, 'more problem')})` : '';
  const path = first?.path ?? [];
  const element = path.length >= 2 ? `${String(path[0])}[${String(path[1])}]` : String(path[0] ?? '');
  return { message: `${first ? describeSchemaIssue(first, data) : 'invalid graph'}${more}`, element };
};
