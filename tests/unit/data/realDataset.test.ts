// Checks the real dataset (graph-data/yrd-2025): validates cleanly, compiled files are fresh, compiled-graph invariants hold.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NODE_KINDS, RELATIONS } from '../../../src/model/ontology';
import { compileDataset, serializeCompiledDataset } from '../../../src/data/compileDataset';
import { formatIssue } from '../../../src/data/issues';
import { splitParagraphs } from '../../../src/data/paragraphs';
import { validateCompiledGraph } from '../../../src/data/validateCompiledGraph';
import { validateDataset } from '../../../src/data/validateDataset';
import { readDataset, readTextIfExists } from '../../../scripts/lib/readDataset';

const { location, input } = readDataset();

describe('real dataset graph-data/yrd-2025', () => {
  it('validates with zero errors', () => {
    const report = validateDataset(input);
    expect(report.issues.map(formatIssue)).toEqual([]);
  });

  it('has compiled files that are not stale (run `npm run data` if this fails)', () => {
    const { graphJson, mentionsJson } = serializeCompiledDataset(compileDataset(input));
    expect(readTextIfExists(location.graphPath)).toBe(graphJson);
    expect(readTextIfExists(location.mentionsPath)).toBe(mentionsJson);
  });

  describe('compiled graph file', () => {
    const sourceText = input.sourceText ?? '';
    const load = () =>
      JSON.parse(readFileSync(location.graphPath, 'utf8')) as {
        nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
        edges: Array<{ key: string; attributes: Record<string, unknown> }>;
      };

    it('passes validateCompiledGraph', () => {
      expect(validateCompiledGraph(load(), sourceText).issues.map(formatIssue)).toEqual([]);
    });

    it('uses only ontology kinds and relations, verbatim quotes, no `type` attribute, and supports all 15 paragraphs', () => {
      const graph = load();
      const paragraphs = splitParagraphs(sourceText);
      expect(paragraphs).toHaveLength(15);
      for (const node of graph.nodes) {
        expect(NODE_KINDS).toContain(node.attributes.kind);
        expect(node.attributes).not.toHaveProperty('type');
        expect(Number.isFinite(node.attributes.x) && Number.isFinite(node.attributes.y)).toBe(true);
      }
      const covered = new Set<number>();
      for (const edge of graph.edges) {
        expect(RELATIONS).toContain(edge.attributes.relation);
        expect(edge.attributes).not.toHaveProperty('type');
        const evidence = edge.attributes.evidence as Array<{ paragraph: number; quote: string }>;
        expect(evidence.length).toBeGreaterThan(0);
        for (const { paragraph, quote } of evidence) {
          expect(paragraphs[paragraph - 1], `${edge.key} quote "${quote}"`).toContain(quote);
          covered.add(paragraph);
        }
      }
      expect([...covered].sort((a, b) => a - b)).toEqual(paragraphs.map((_, index) => index + 1));
    });
  });
});
