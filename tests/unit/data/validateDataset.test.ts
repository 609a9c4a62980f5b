// Unit tests for validateDataset: the valid fixture passes; each broken variant fails with exactly its rule id.
// Every rule id of RULE_IDS that the authored validator can raise has at least one broken variant here.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/data/datasetFile';
import { formatIssue, RULE_IDS, type RuleId } from '../../../src/data/issues';
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
          'From June 6 to 7, the 2025 Annual Symposium',
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
  [
    'mirrored-statement',
    'one office held "in" the Party committee and "in" its province, with the same words',
    (d) => {
      d.files['nodes/organizations.json'] = {
        ok: true,
        data: [
          {
            key: 'organization/cpc-shanghai',
            label: 'CPC Shanghai Committee',
            aliases: [],
            description: 'A body.',
          },
        ],
      };
      getEntries(d, 'edges/p02.json').push(
        makeEdge(
          'organization/cpc-shanghai',
          'party_committee_of',
          'province/shanghai',
          2,
          'Shanghai Municipal Party Committee',
        ),
        makeEdge(
          'leader/chen-jining',
          'holds_office',
          'organization/cpc-shanghai',
          2,
          'Secretary of Shanghai Municipal Party Committee',
        ),
      );
    },
  ],
  [
    'mirrored-statement',
    'a pledge restated as another relation between the same two nodes',
    (d) => {
      getEntries(d, 'edges/p02.json').push(
        makeEdge(
          'province/shanghai',
          'plays_role',
          'theme/ecology',
          2,
          'Shanghai will deepen ecological protection',
        ),
      );
    },
  ],
  [
    'symmetric-duplicate',
    'a symmetric relation stated in both directions',
    (d) => {
      getEntries(d, 'edges/p01.json').push(
        makeEdge('province/jiangsu', 'cooperates_with', 'province/shanghai', 1, 'Nanjing, Jiangsu Province'),
      );
      getEntries(d, 'edges/p03.json').push(
        makeEdge(
          'province/shanghai',
          'cooperates_with',
          'province/jiangsu',
          3,
          'Shanghai is a member of the Yangtze River Delta',
        ),
      );
    },
  ],
  [
    'stage',
    'a resolution without a stage',
    (d) => {
      const resolution = getEntries(d, 'edges/p03.json').find((e) => e.relation === 'resolved_to_promote');
      delete resolution?.stage;
    },
  ],
  [
    'stage',
    'a stage on a relation that is neither a resolution nor a pledge',
    (d) => {
      const [heldIn] = getEntries(d, 'edges/p01.json');
      if (heldIn) heldIn.stage = 'new';
    },
  ],
  [
    'pledge-speaker',
    'a pledge without a speaker',
    (d) => {
      const pledge = getEntries(d, 'edges/p02.json').find((e) => e.relation === 'pledged');
      delete pledge?.speaker;
    },
  ],
  [
    'pledge-speaker',
    'a speaker who is not a leader',
    (d) => {
      const pledge = getEntries(d, 'edges/p02.json').find((e) => e.relation === 'pledged');
      if (pledge) pledge.speaker = 'region/nanjing';
    },
  ],
  [
    'pledge-speaker',
    'a speaker who did not speak for the province',
    (d) => {
      getEntries(d, 'edges/p02.json').splice(
        getEntries(d, 'edges/p02.json').findIndex((e) => e.relation === 'spoke_for'),
        1,
      );
    },
  ],
  [
    'section-membership',
    'a resolution stated in a section paragraph that starts from the meeting',
    (d) => {
      getEntries(d, 'edges/p03.json').push(
        makeEdge(
          'event/symposium-2025',
          'resolved_to_promote',
          'theme/ecology',
          3,
          'The meeting emphasized ecological protection',
          { stage: 'new' },
        ),
      );
    },
  ],
  [
    'section-membership',
    'a section no meeting sets out',
    (d) => {
      const edges = getEntries(d, 'edges/p03.json');
      edges.splice(
        edges.findIndex((e) => e.relation === 'has_section'),
        1,
      );
    },
  ],
  [
    'section-paragraph',
    'a section whose edges do not cite its paragraph',
    (d) => {
      const [section] = getEntries(d, 'nodes/sections.json');
      if (section) section.paragraph = 2;
    },
  ],
  [
    'program-theme',
    'a theme made part of a program',
    (d) => {
      d.files['nodes/programs.json'] = {
        ok: true,
        data: [{ key: 'program/green-pilot', label: 'Green pilot', aliases: [], description: 'A pilot.' }],
      };
      getEntries(d, 'edges/p03.json').push(
        makeEdge(
          'theme/ecology',
          'part_of',
          'program/green-pilot',
          3,
          'The meeting emphasized ecological protection',
        ),
      );
    },
  ],
  [
    'inferred-note',
    'an inferred edge without a note',
    (d) => {
      const [heldIn] = getEntries(d, 'edges/p01.json');
      if (heldIn) heldIn.inferred = true;
    },
  ],
  [
    'inferred-note',
    'an inferred node without a note',
    (d) => {
      const [nanjing] = getEntries(d, 'nodes/regions.json');
      if (nanjing) nanjing.inferred = true;
    },
  ],
  [
    'reconstructed-name',
    'a reconstructed Chinese name that is missing',
    (d) => {
      const [nanjing] = getEntries(d, 'nodes/regions.json');
      if (nanjing) nanjing.labelZhReconstructed = true;
    },
  ],
  [
    'chinese-text',
    'a dataset that declares Chinese but has no Chinese texts',
    (d) => {
      const meta = d.files['meta.json'];
      if (meta?.ok) (meta.data as Record<string, unknown>).languages = ['en', 'zh'];
    },
  ],
  [
    'chinese-text',
    'a Chinese note without an English note',
    (d) => {
      const [nanjing] = getEntries(d, 'nodes/regions.json');
      if (nanjing) nanjing.noteZh = '南京。';
    },
  ],
  [
    'chinese-text',
    'Chinese offices that do not match the English ones',
    (d) => {
      const [leader] = getEntries(d, 'nodes/leaders.json');
      if (leader) leader.titlesZh = ['中共上海市委书记', '中共中央政治局委员'];
    },
  ],
  [
    'chinese-text',
    'a Chinese edge title with no Chinese in it',
    (d) => {
      const office = getEntries(d, 'edges/p02.json').find((e) => e.relation === 'holds_office');
      if (office) office.titleZh = 'Secretary';
    },
  ],
  [
    'schema',
    'a theme without a role',
    (d) => {
      const [theme] = getEntries(d, 'nodes/themes.json');
      delete theme?.role;
    },
  ],
  [
    'schema',
    'an unknown stage',
    (d) => {
      const resolution = getEntries(d, 'edges/p03.json').find((e) => e.relation === 'resolved_to_promote');
      if (resolution) resolution.stage = 'ongoing';
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

describe('rule coverage', () => {
  it('has a broken fixture for every authored-dataset rule', () => {
    const compiledOnly = ['non-finite-position', 'type-attribute', 'edge-key', 'stale-output'];
    const covered = new Set(BROKEN.map(([rule]) => rule));
    expect(RULE_IDS.filter((rule) => !compiledOnly.includes(rule) && !covered.has(rule))).toEqual([]);
  });
});
