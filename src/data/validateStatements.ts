// Validates the statement model: each statement once, stages, speakers, sections, the program/theme rule, flags.
import { evidenceOverlaps } from '../model/compare/statementCount';
import { isRelation, RELATION_INFO } from '../model/ontology';
import type { AuthoredEdge } from './authoredSchemas';
import { makeEdgeLabel } from './edgeKey';
import { makeIssue, type Issue } from './issues';
import type { ParsedDataset, ParsedEdge, ParsedNode } from './parseDataset';

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const evidenceKeys = (edge: AuthoredEdge) => edge.evidence.map((e) => `${e.paragraph}\u0000${e.quote}`);
const citedParagraphs = (edge: AuthoredEdge) => new Set(edge.evidence.map((e) => e.paragraph));
const entityOf = ({ edge }: ParsedEdge) => makeEdgeLabel(edge.source, edge.relation, edge.target);

/** Pairs of nodes that speak as one actor: a leader and the province or body he holds office in or speaks for, a Party committee and its province. */
function makeActorPairs(edges: readonly ParsedEdge[]): Set<string> {
  const pairs = new Set<string>();
  for (const { edge } of edges) {
    if (['holds_office', 'spoke_for', 'party_committee_of'].includes(edge.relation))
      pairs.add(pairKey(edge.source, edge.target));
  }
  return pairs;
}

function checkFlags(nodes: Map<string, ParsedNode>, edges: readonly ParsedEdge[], issues: Issue[]): void {
  for (const { file, node } of nodes.values()) {
    if (node.inferred && node.note === undefined)
      issues.push(
        makeIssue(file, node.key, 'inferred-note', 'an inferred node needs a note saying what is guessed'),
      );
    if (node.labelZhReconstructed && node.labelZh === undefined)
      issues.push(
        makeIssue(
          file,
          node.key,
          'reconstructed-name',
          'labelZhReconstructed is set but there is no labelZh',
        ),
      );
  }
  for (const entry of edges) {
    if (entry.edge.inferred && entry.edge.note === undefined)
      issues.push(
        makeIssue(entry.file, entityOf(entry), 'inferred-note', 'an inferred edge needs a note saying why'),
      );
  }
}

function checkStageAndSpeaker(
  nodes: Map<string, ParsedNode>,
  edges: readonly ParsedEdge[],
  invalidNodeKeys: ReadonlySet<string>,
  issues: Issue[],
): void {
  const spokeFor = new Set(
    edges
      .filter(({ edge }) => edge.relation === 'spoke_for')
      .map(({ edge }) => pairKey(edge.source, edge.target)),
  );
  for (const entry of edges) {
    const { file, edge } = entry;
    if (!isRelation(edge.relation)) continue;
    const info = RELATION_INFO[edge.relation];
    const entity = entityOf(entry);
    if (info.staged && edge.stage === undefined)
      issues.push(
        makeIssue(file, entity, 'stage', `a ${edge.relation} edge needs a stage ("new" or "continuing")`),
      );
    if (!info.staged && edge.stage !== undefined)
      issues.push(
        makeIssue(file, entity, 'stage', `only resolutions and pledges carry a stage, not ${edge.relation}`),
      );
    if (!info.spoken) {
      if (edge.speaker !== undefined)
        issues.push(
          makeIssue(file, entity, 'pledge-speaker', `only pledges name a speaker, not ${edge.relation}`),
        );
      continue;
    }
    const speaker = edge.speaker;
    if (speaker !== undefined && invalidNodeKeys.has(speaker)) continue; // its schema issue is reported already
    const problem =
      speaker === undefined
        ? 'a pledge needs a speaker: the leader who made it for the province'
        : nodes.get(speaker)?.kind !== 'leader'
          ? `speaker "${speaker}" is not a leader defined in leaders.json`
          : !spokeFor.has(pairKey(speaker, edge.source))
            ? `speaker "${speaker}" has no spoke_for edge to ${edge.source}`
            : null;
    if (problem !== null) issues.push(makeIssue(file, entity, 'pledge-speaker', problem));
  }
}

/**
 * The same statement recorded twice: either one relation with shared evidence where the two ends that differ are
 * one actor (a leader's pledge mirrored by his province's, one office held "in" a province and in its committee),
 * or two edges between the same two nodes that quote the same words (a pledge restated as "applies to").
 */
function checkMirrors(edges: readonly ParsedEdge[], issues: Issue[]): void {
  const actors = makeActorPairs(edges);
  const seen = new Set<string>();
  edges.forEach((entry, index) => {
    const { edge } = entry;
    if (isRelation(edge.relation) && RELATION_INFO[edge.relation].symmetric) {
      if (seen.has(`${edge.relation}\u0000${edge.target}\u0000${edge.source}`))
        issues.push(
          makeIssue(
            entry.file,
            entityOf(entry),
            'symmetric-duplicate',
            `${edge.relation} is symmetric: ${edge.target} -> ${edge.source} already states it`,
          ),
        );
      seen.add(`${edge.relation}\u0000${edge.source}\u0000${edge.target}`);
    }
    const quotes = new Set(evidenceKeys(edge));
    const ends = pairKey(edge.source, edge.target);
    for (const { edge: other } of edges.slice(0, index)) {
      if (makeEdgeLabel(other.source, other.relation, other.target) === entityOf(entry)) continue; // duplicate-edge
      const samePair =
        pairKey(other.source, other.target) === ends && evidenceOverlaps(edge.evidence, other.evidence);
      const sameWords =
        other.relation === edge.relation && evidenceKeys(other).some((key) => quotes.has(key));
      const mirrored =
        samePair ||
        (sameWords &&
          ((other.target === edge.target && actors.has(pairKey(other.source, edge.source))) ||
            (other.source === edge.source && actors.has(pairKey(other.target, edge.target)))));
      if (!mirrored) continue;
      const first = makeEdgeLabel(other.source, other.relation, other.target);
      issues.push(
        makeIssue(
          entry.file,
          entityOf(entry),
          'mirrored-statement',
          `repeats ${first}: the same words, for the same actor or between the same two nodes; keep one edge (a pledge from the province with its speaker, one edge per office)`,
        ),
      );
    }
  });
}

function checkSections(
  nodes: Map<string, ParsedNode>,
  edges: readonly ParsedEdge[],
  uncertain: ReadonlySet<string>,
  paragraphCount: number | null,
  issues: Issue[],
): void {
  const sections = [...nodes.values()].filter((entry) => entry.kind === 'section');
  const byParagraph = new Map<number, string>();
  for (const { file, node } of sections) {
    const paragraph = node.paragraph ?? 0;
    const other = byParagraph.get(paragraph);
    if (other !== undefined)
      issues.push(
        makeIssue(file, node.key, 'section-paragraph', `paragraph ${paragraph} already has ${other}`),
      );
    else byParagraph.set(paragraph, node.key);
    if (paragraphCount !== null && paragraph > paragraphCount)
      issues.push(
        makeIssue(
          file,
          node.key,
          'section-paragraph',
          `paragraph ${paragraph} is not in the source (1–${paragraphCount})`,
        ),
      );
    if (uncertain.has(node.key)) continue; // an edge of it failed its schema: counts would mislead
    const incoming = edges.filter(({ edge }) => edge.target === node.key && edge.relation === 'has_section');
    if (incoming.length !== 1)
      issues.push(
        makeIssue(
          file,
          node.key,
          'section-membership',
          `needs one has_section edge from its meeting, has ${incoming.length}`,
        ),
      );
    if (!edges.some(({ edge }) => edge.source === node.key && edge.relation === 'resolved_to_promote'))
      issues.push(makeIssue(file, node.key, 'section-membership', 'a work area needs at least one measure'));
  }
  for (const entry of edges) {
    const { edge } = entry;
    const cited = citedParagraphs(edge);
    for (const end of [edge.source, edge.target]) {
      const section = nodes.get(end);
      const paragraph = section?.node.paragraph;
      if (section?.kind === 'section' && paragraph !== undefined && !cited.has(paragraph))
        issues.push(
          makeIssue(
            entry.file,
            entityOf(entry),
            'section-paragraph',
            `an edge of ${end} must cite its paragraph ${paragraph}`,
          ),
        );
    }
    if (edge.relation !== 'resolved_to_promote') continue;
    const homes = [...cited].filter((p) => byParagraph.has(p));
    const source = nodes.get(edge.source);
    const fromHome = source?.kind === 'section' && homes.includes(source.node.paragraph ?? 0);
    if (homes.length > 0 && !fromHome)
      issues.push(
        makeIssue(
          entry.file,
          entityOf(entry),
          'section-membership',
          `stated in ¶${homes.join(', ¶')}, so it hangs under ${homes.map((p) => byParagraph.get(p)).join(' or ')}`,
        ),
      );
  }
}

/** A program is a bounded undertaking, a theme a direction: a program serves a theme (addresses), neither is part of the other. */
function checkProgramTheme(
  nodes: Map<string, ParsedNode>,
  edges: readonly ParsedEdge[],
  issues: Issue[],
): void {
  for (const entry of edges) {
    if (entry.edge.relation !== 'part_of') continue;
    const kinds = [nodes.get(entry.edge.source)?.kind, nodes.get(entry.edge.target)?.kind].sort().join('/');
    if (kinds === 'program/theme')
      issues.push(
        makeIssue(
          entry.file,
          entityOf(entry),
          'program-theme',
          'a theme is not part of a program, nor a program part of a theme: use addresses (program -> theme)',
        ),
      );
  }
}

/** Runs the statement rules over the parsed dataset; `paragraphCount` is null when the source is missing. */
export function checkStatements(
  parsed: ParsedDataset,
  nodes: Map<string, ParsedNode>,
  paragraphCount: number | null,
  issues: Issue[],
): void {
  checkFlags(nodes, parsed.edges, issues);
  checkStageAndSpeaker(nodes, parsed.edges, parsed.invalidNodeKeys, issues);
  checkMirrors(parsed.edges, issues);
  checkSections(nodes, parsed.edges, parsed.invalidEdgeEndpoints, paragraphCount, issues);
  checkProgramTheme(nodes, parsed.edges, issues);
}
