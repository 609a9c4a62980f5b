// Unit tests for validateDataset: the valid fixture passes; each broken variant fails with exactly its rule id.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/data/datasetFile';
import { formatIssue, type RuleId } from '../../../src/data/issues';
import { validateDataset } from '../../../src/data/validateDataset';
import { getEntries, makeEdge, makeValidDataset } from '../../fixtures/data/makeValidDataset';

type Breaker = (input: DatasetInput) => void;

const BROKEN: Array<[RuleId, string, Breaker]> = [
  [
    'invalid-json',
    'a file that is not JSON',
    (d) => {
      d.files['nodes/documents.json'] = { ok: false, parseError: 'Unexpected token } in JSON at position 3' };
    },
  ],
  [
    'missing-file',
    'no meta.json',
    (d) => {
      delete d.files['meta.json'];
    },
  ],
  [
    'missing-source',
    'unreadable source text',
    (d) => {
      d.sourceText = null;
    },
  ],
  [
    'unknown-file',
    'a stray file',
    (d) => {
      d.files['notes.json'] = { ok: true, data: [] };
    },
  ],
  [
    'schema',
    'a misspelt node field',
    (d) => {
      const [leader] = getEntries(d, 'nodes/leaders.json');
      if (leader === undefined) throw new Error('fixture');
      leader.descripton = leader.description;
      delete leader.description;
    },
  ],
  [
    'schema',
    'an event-only field on a region',
    (d) => {
      const [nanjing] = getEntries(d, 'nodes/regions.json');
      if (nanjing) nanjing.date = '2025-06-06';
    },
  ],
  [
    'schema',
    'an edge without evidence',
    (d) => {
      getEntries(d, 'edges/p01.json').push({
        source: 'region/nanjing',
        relation: 'located_in',
        target: 'region/yrd',
        evidence: [],
      });
    },
  ],
  [
    'schema',
    'an invalid date',
    (d) => {
      const [event] = getEntries(d, 'nodes/events.json');
      if (event) event.date = '2025-13-40';
    },
  ],
  [
    'schema',
    'meta.json with an unknown field',
    (d) => {
      d.files['meta.json'] = { ok: true, data: { name: 'tiny', title: 'Tiny', source: 'x.txt', sauce: 1 } };
    },
  ],
  [
    'duplicate-key',
    'a key defined twice',
    (d) => {
      getEntries(d, 'nodes/regions.json').push({
        key: 'region/nanjing',
        label: 'Nanjing again',
        aliases: [],
        description: 'Dup.',
      });
    },
  ],
  [
    'key-kind-mismatch',
    'a region in provinces.json',
    (d) => {
      const regions = getEntries(d, 'nodes/regions.json');
      const nanjing = regions.shift();
      getEntries(d, 'nodes/provinces.json').push(nanjing ?? {});
    },
  ],
  [
    'unknown-kind',
    'a node file for an unknown kind',
    (d) => {
      d.files['nodes/people.json'] = { ok: true, data: [] };
    },
  ],
  [
    'unknown-kind',
    'a key with an unknown kind prefix',
    (d) => {
      getEntries(d, 'nodes/regions.json').push({
        key: 'city/suzhou',
        label: 'Suzhou',
        aliases: [],
        description: 'A city.',
      });
      getEntries(d, 'edges/p01.json').push(
        makeEdge('city/suzhou', 'located_in', 'province/jiangsu', 1, 'Nanjing, Jiangsu Province'),
      );
    },
  ],
  [
    'unknown-relation',
    'a relation outside the ontology',
    (d) => {
      const [edge] = getEntries(d, 'edges/p01.json');
      if (edge) edge.relation = 'hosted_by';
    },
  ],
  [
    'domain',
    'a region attending an event',
    (d) => {
      getEntries(d, 'edges/p01.json').push(
        makeEdge(
          'region/nanjing',
          'attended',
          'event/symposium-2025',
          1,
          'was held in Nanjing, Jiangsu Province',
        ),
      );
    },
  ],
  [
    'range',
    'a leader attending a province',
    (d) => {
      getEntries(d, 'edges/p01.json').push(
        makeEdge(
          'leader/chen-jining',
          'attended',
          'province/jiangsu',
          1,
          'Chen Jining attended the symposium',
        ),
      );
    },
  ],
  [
    'unknown-node',
    'an edge to an undefined node',
    (d) => {
      getEntries(d, 'edges/p01.json').push(
        makeEdge(
          'leader/chen-jining',
          'attended',
          'event/ghost-meeting',
          1,
          'Chen Jining attended the symposium',
        ),
      );
    },
  ],
  [
    'self-loop',
    'an edge from a node to itself',
    (d) => {
      getEntries(d, 'edges/p01.json').push(
        makeEdge('region/nanjing', 'located_in', 'region/nanjing', 1, 'Nanjing, Jiangsu Province'),
      );
    },
  ],
  [
    'duplicate-edge',
    'the same edge twice',
    (d) => {
      getEntries(d, 'edges/p01.json').push(
        makeEdge(
          'region/nanjing',
          'located_in',
          'province/jiangsu',
          1,
          'was held in Nanjing, Jiangsu Province',
        ),
      );
    },
  ],
  [
    'quote-not-verbatim',
    'a quote with changed case',
    (d) => {
      getEntries(d, 'edges/p01.json')[0] = makeEdge(
        'event/symposium-2025',
        'held_in',
        'region/nanjing',
        1,
        'was held in nanjing, Jiangsu Province',
      );
    },
  ],
  [
    'quote-not-verbatim',
    'a quote from another paragraph',
    (d) => {
      getEntries(d, 'edges/p01.json')[0] = makeEdge(
        'event/symposium-2025',
        'held_in',
        'region/nanjing',
        1,
        'spoke at the meeting',
      );
    },
  ],
  [
    'quote-too-short',
    'a 7-character quote',
    (d) => {
      getEntries(d, 'edges/p01.json')[0] = makeEdge(
        'event/symposium-2025',
        'held_in',
        'region/nanjing',
        1,
        'held in',
      );
    },
  ],
  [
    'paragraph-out-of-range',
    'evidence from paragraph 9 of 3',
    (d) => {
      const [edge] = getEntries(d, 'edges/p01.json');
      (edge?.evidence as unknown[]).push({ paragraph: 9, quote: 'was held in Nanjing, Jiangsu Province' });
    },
  ],
  [
    'paragraph-out-of-range',
    'evidence from paragraph 0',
    (d) => {
      const [edge] = getEntries(d, 'edges/p01.json');
      (edge?.evidence as unknown[]).push({ paragraph: 0, quote: 'was held in Nanjing, Jiangsu Province' });
    },
  ],
  [
    'edge-file-paragraph',
    'an edge filed under the wrong paragraph',
    (d) => {
      const p02 = getEntries(d, 'edges/p02.json');
      const moved = p02.pop();
      getEntries(d, 'edges/p01.json').push(moved ?? {});
    },
  ],
  [
    'edge-file-paragraph',
    'a badly named edge file',
    (d) => {
      d.files['edges/para1.json'] = { ok: true, data: [] };
    },
  ],
  [
    'orphan-node',
    'a node without edges',
    (d) => {
      getEntries(d, 'nodes/regions.json').push({
        key: 'region/suzhou',
        label: 'Suzhou',
        aliases: [],
        description: 'A city.',
      });
    },
  ],
  [
    'ambiguous-alias',
    'an alias on two nodes (different case)',
    (d) => {
      const [jiangsu] = getEntries(d, 'nodes/provinces.json');
      (jiangsu?.aliases as string[]).push('NANJING');
    },
  ],
  [
    'alias-not-in-source',
    'an alias absent from the source',
    (d) => {
      const [nanjing] = getEntries(d, 'nodes/regions.json');
      (nanjing?.aliases as string[]).push('Hangzhou');
    },
  ],
  [
    'alias-not-in-source',
    'an alias only inside a longer word',
    (d) => {
      const [nanjing] = getEntries(d, 'nodes/regions.json');
      (nanjing?.aliases as string[]).push('Nanji');
    },
  ],
  [
    'paragraph-uncovered',
    'a paragraph without edges',
    (d) => {
      d.sourceText = `${d.sourceText ?? ''}A fourth paragraph that no edge cites.\n`;
    },
  ],
];

describe('validateDataset', () => {
  it('accepts the valid fixture with zero issues', () => {
    const report = validateDataset(makeValidDataset());
    expect(report.issues.map(formatIssue)).toEqual([]);
    expect(report.errorCount).toBe(0);
  });

  it.each(BROKEN)('reports exactly [%s] for %s', (rule, _what, breakIt) => {
    const input = makeValidDataset();
    breakIt(input);
    const report = validateDataset(input);
    expect(report.errorCount).toBeGreaterThan(0);
    expect([...new Set(report.issues.map((issue) => issue.rule))]).toEqual([rule]);
    for (const issue of report.issues) {
      expect(issue.severity).toBe('error');
      expect(formatIssue(issue)).toContain(`[${rule}]`);
      expect(formatIssue(issue).startsWith(`${issue.file}: `)).toBe(true);
    }
  });

  it('names file, entity and rule for an edge issue', () => {
    const input = makeValidDataset();
    const [edge] = getEntries(input, 'edges/p01.json');
    if (edge) edge.relation = 'hosted_by';
    const [issue] = validateDataset(input).issues;
    expect(issue).toMatchObject({
      file: 'edges/p01.json',
      entity: 'event/symposium-2025 -hosted_by-> region/nanjing',
      rule: 'unknown-relation',
    });
    expect(formatIssue(issue!)).toBe(
      'edges/p01.json: event/symposium-2025 -hosted_by-> region/nanjing: [unknown-relation] relation "hosted_by" is not in the ontology',
    );
  });

  it('reports an ambiguous alias on each node that carries it', () => {
    const input = makeValidDataset();
    const [jiangsu] = getEntries(input, 'nodes/provinces.json');
    (jiangsu?.aliases as string[]).push('nanjing');
    const entities = validateDataset(input)
      .issues.map((issue) => issue.entity)
      .sort();
    expect(entities).toEqual(['province/jiangsu', 'region/nanjing']);
  });

  it('reports a quote that is both too short and not verbatim under both rules', () => {
    const input = makeValidDataset();
    getEntries(input, 'edges/p01.json')[0] = makeEdge(
      'event/symposium-2025',
      'held_in',
      'region/nanjing',
      1,
      'held at Nanjing',
    );
    const rules = validateDataset(input)
      .issues.map((issue) => issue.rule)
      .sort();
    expect(rules).toEqual(['quote-not-verbatim']);
    getEntries(input, 'edges/p01.json')[0] = makeEdge(
      'event/symposium-2025',
      'held_in',
      'region/nanjing',
      1,
      'held at',
    );
    expect(
      validateDataset(input)
        .issues.map((issue) => issue.rule)
        .sort(),
    ).toEqual(['quote-not-verbatim', 'quote-too-short']);
  });
});
