// The GEXF <meta> element: its fields (creator, description, …) and lastmodifieddate become graph attributes.
import type { ImportContext } from './importContext';
import { isForbiddenKey } from './safeAttributes';
import type { XmlTag } from './readXml';

/**
 * Like graphology-gexf: only the first <meta> counts; each child element is a field named by its lower-cased tag,
 * kept when its text is not blank (the text itself is kept as written). Reserved names are dropped everywhere.
 */
export class GexfMeta {
  /** Depth of the open <meta>, or -1. */
  private depth = -1;
  private count = 0;
  private lastModifiedDate?: string;
  private field = '';

  constructor(
    private readonly context: ImportContext,
    private readonly attributes: Record<string, unknown>,
  ) {}

  start(tag: XmlTag, depth: number): void {
    this.depth = depth;
    if (this.count++ === 0) this.lastModifiedDate = tag.attributes['lastmodifieddate'];
  }

  end(): void {
    this.depth = -1;
    if (this.lastModifiedDate) this.attributes.lastModifiedDate = this.lastModifiedDate;
    this.lastModifiedDate = undefined;
  }

  /** Whether an element at `depth` is a field of the open <meta>. */
  isField(depth: number): boolean {
    return this.depth !== -1 && depth === this.depth + 1;
  }

  /** A field starts: returns whether its text should be collected (then given to `endField`). */
  startField(tag: XmlTag): boolean {
    const field = tag.name.toLowerCase();
    if (isForbiddenKey(field)) {
      this.context.warnings.add(`GEXF: dropped the reserved meta field "${tag.name}"`);
      return false;
    }
    this.field = field;
    return this.count === 1;
  }

  endField(text: string): void {
    if (text.trim()) this.attributes[this.field] = text;
  }
}
