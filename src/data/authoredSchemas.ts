// Zod schemas for the authored dataset format: meta.json, nodes/<kind>s.json and edges/pNN.json.
import { z } from 'zod';
import { STAGES, THEME_ROLES, type NodeKind, type ThemeRole } from '../model/ontology';

/** `<kind>/<kebab-slug>`; whether the kind is known is checked separately (rule unknown-kind). */
export const NODE_KEY_PATTERN = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1);

export const metaSchema = z.strictObject({
  name: nonEmpty,
  title: nonEmpty,
  /** The title in Chinese (shown in 中文 mode). */
  titleZh: nonEmpty.optional(),
  source: nonEmpty,
  /** Languages the dataset's texts are authored in; with "zh", every text needs its Chinese field (rule missing-zh). */
  languages: z.array(z.enum(['en', 'zh'])).optional(),
});

export type AuthoredMeta = z.infer<typeof metaSchema>;

const baseNodeShape = {
  key: z.string().regex(NODE_KEY_PATTERN, 'key must look like "<kind>/<kebab-slug>"'),
  label: nonEmpty,
  aliases: z.array(nonEmpty),
  labelZh: nonEmpty.optional(),
  description: nonEmpty,
  /** Chinese description (rule missing-zh: required where the dataset declares Chinese). */
  descriptionZh: nonEmpty.optional(),
  note: nonEmpty.optional(),
  /** Chinese note, present exactly where `note` is (rule missing-zh). */
  noteZh: nonEmpty.optional(),
  /** Only `true`: the Chinese name was reconstructed (rule reconstructed-name: needs labelZh). */
  labelZhReconstructed: z.literal(true).optional(),
  /** Only `true`: the identification is a guess about the Chinese original (rule inferred-note: needs a note). */
  inferred: z.literal(true).optional(),
};

const leaderNodeSchema = z.strictObject({
  ...baseNodeShape,
  titles: z.array(nonEmpty).optional(),
  /** Chinese offices, parallel to `titles` (rule missing-zh). */
  titlesZh: z.array(nonEmpty).optional(),
});

const eventNodeSchema = z
  .strictObject({
    ...baseNodeShape,
    date: z.iso.date().optional(),
    endDate: z.iso.date().optional(),
    place: nonEmpty.optional(),
  })
  .refine((node) => node.endDate === undefined || node.date !== undefined, {
    message: 'endDate requires date',
    path: ['endDate'],
  })
  .refine((node) => node.endDate === undefined || node.date === undefined || node.endDate >= node.date, {
    message: 'endDate must not be before date',
    path: ['endDate'],
  });

const themeNodeSchema = z.strictObject({ ...baseNodeShape, role: z.enum(THEME_ROLES) });

const sectionNodeSchema = z.strictObject({ ...baseNodeShape, paragraph: z.number().int().positive() });

const plainNodeSchema = z.strictObject(baseNodeShape);

export interface AuthoredNode {
  key: string;
  label: string;
  aliases: string[];
  labelZh?: string;
  description: string;
  descriptionZh?: string;
  titles?: string[];
  titlesZh?: string[];
  date?: string;
  endDate?: string;
  place?: string;
  note?: string;
  noteZh?: string;
  labelZhReconstructed?: true;
  inferred?: true;
  role?: ThemeRole;
  paragraph?: number;
}

/**
 * The strict schema of one node entry of the given kind: titles only on leaders; date/endDate/place only on
 * events; a `role` on every theme; a `paragraph` on every section.
 */
export function makeNodeSchema(kind: NodeKind): z.ZodType<AuthoredNode> {
  if (kind === 'leader') return leaderNodeSchema;
  if (kind === 'event') return eventNodeSchema;
  if (kind === 'theme') return themeNodeSchema;
  if (kind === 'section') return sectionNodeSchema;
  return plainNodeSchema;
}

export const evidenceSchema = z.strictObject({
  paragraph: z.number().int(),
  quote: z.string().min(1),
});

export const edgeSchema = z.strictObject({
  source: nonEmpty,
  relation: nonEmpty,
  target: nonEmpty,
  evidence: z.array(evidenceSchema).min(1),
  note: nonEmpty.optional(),
  noteZh: nonEmpty.optional(),
  title: nonEmpty.optional(),
  titleZh: nonEmpty.optional(),
  /** Resolutions and pledges only (rule stage). */
  stage: z.enum(STAGES).optional(),
  /** Pledges only: the leader who spoke for the source province (rule pledge-speaker). */
  speaker: nonEmpty.optional(),
  /** Only `true`: the edge is the curator's reading (rule inferred-note: needs a note). */
  inferred: z.literal(true).optional(),
});

export type AuthoredEdge = z.infer<typeof edgeSchema>;

/** Renders a zod error as one short line: `path: message; path: message`. */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join('; ');
}
