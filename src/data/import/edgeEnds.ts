// Edges whose ends are not nodes of the file (skipped, or kept with the nodes created) and duplicate edge ids (renumbered).
import type { ImportContext } from './importContext';
import type { MissingNodesChoice, RawNode } from './importTypes';
import {
  describeExample,
  MAX_WARNING_EXAMPLES,
  plural,
  type DanglingEdgeExample,
  type RenumberedEdgeExample,
} from './importWarnings';
import { makeAttributeBag } from './safeAttributes';

const refer = (count: number) => (count === 1 ? 'refers' : 'refer');

/** Examples named in a warning's English message (the structured warning keeps more). */
const NAMED_EXAMPLES = 3;

function listExamples(examples: readonly DanglingEdgeExample[], total: number): string {
  const named = examples
    .slice(0, NAMED_EXAMPLES)
    .map((example) => `${describeExample(example)} → "${example.node}"`)
    .join(', ');
  return total > NAMED_EXAMPLES ? `${named}, …` : named;
}

/**
 * Decides, edge by edge, whether an edge's ends are nodes of the file; with `missingNodes: 'create'` the missing
 * nodes are created (once each, in first-use order), otherwise the edge is skipped. `finish` writes the warning.
 */
export class EdgeEndResolver {
  private readonly created = new Set<string>();
  private readonly missing = new Set<string>();
  private readonly examples: DanglingEdgeExample[] = [];
  private dangling = 0;
  private readonly choice: MissingNodesChoice;

  constructor(
    private readonly context: ImportContext,
    private readonly isNode: (key: string) => boolean,
  ) {
    this.choice = context.missingNodes ?? 'skip';
  }

  /** Whether the edge is kept; `where` names it for the warning (called for the first few only). */
  keep(source: string, target: string, where: () => Omit<DanglingEdgeExample, 'node'>): boolean {
    const sourceKnown = this.isNode(source) || this.created.has(source);
    const targetKnown = this.isNode(target) || this.created.has(target);
    if (sourceKnown && targetKnown) return true;
    this.dangling++;
    const node = sourceKnown ? target : source;
    if (this.examples.length < MAX_WARNING_EXAMPLES) this.examples.push({ ...where(), node });
    for (const [end, known] of [
      [source, sourceKnown],
      [target, targetKnown],
    ] as const) {
      if (known) continue;
      this.missing.add(end);
      if (this.choice === 'create') this.created.add(end);
    }
    return this.choice === 'create';
  }

  /** Adds the created nodes to `nodes` (if any) and reports what was done. */
  finish(nodes: RawNode[]): void {
    if (this.dangling === 0) return;
    const { dangling, examples } = this;
    const missingNodes = this.missing.size;
    if (this.choice === 'create') {
      for (const key of this.created) nodes.push({ key, attributes: makeAttributeBag() });
      this.context.warnings.report({
        code: 'missing-nodes-created',
        message:
          `Created ${plural(missingNodes, 'node')} that ${plural(dangling, 'edge')} ${refer(dangling)} to but the file does not ` +
          `define (${listExamples(examples, dangling)})`,
        count: missingNodes,
        edges: dangling,
        examples,
      });
      return;
    }
    this.context.warnings.report({
      code: 'dangling-edges',
      message:
        `Skipped ${plural(dangling, 'edge')} that ${refer(dangling)} to nodes not in the file ` +
        `(${plural(missingNodes, 'missing node')}): ${listExamples(examples, dangling)}`,
      count: dangling,
      missingNodes,
      examples,
    });
  }
}

/** Gives edges whose id was already used a new key ("x" → "x_2"), and reports them. */
export class DuplicateEdgeIds {
  private readonly examples: RenumberedEdgeExample[] = [];
  private count = 0;

  /** `taken`: every id in use (first uses included); new keys are added to it. */
  constructor(
    private readonly context: ImportContext,
    private readonly taken: Set<string>,
  ) {}

  renumber(id: string, line: () => number | undefined): string {
    let n = 2;
    while (this.taken.has(`${id}_${n}`)) n++;
    const key = `${id}_${n}`;
    this.taken.add(key);
    this.count++;
    if (this.examples.length < MAX_WARNING_EXAMPLES) {
      const example: RenumberedEdgeExample = { id, key };
      const at = line();
      if (at) example.line = at;
      this.examples.push(example);
    }
    return key;
  }

  finish(): void {
    if (this.count === 0) return;
    const named = this.examples
      .slice(0, NAMED_EXAMPLES)
      .map((example) => `${describeExample(example)} is now "${example.key}"`)
      .join(', ');
    this.context.warnings.report({
      code: 'duplicate-edge-ids',
      message: `Renumbered ${plural(this.count, 'edge')} whose id was already used: ${named}${this.count > NAMED_EXAMPLES ? ', …' : ''}`,
      count: this.count,
      examples: this.examples,
    });
  }
}
