// GEXF <attribute> declarations per class: id → title and type, defaults, reserved names dropped (never on plain objects).
import { atLine, describeLine, type ImportContext } from './importContext';
import { plural } from './importWarnings';
import { elementLocation } from './readXml';
import { gexfValue } from './gexfValues';
import { isForbiddenKey } from './safeAttributes';
import type { TextPosition } from './textPosition';

export type GexfClass = 'node' | 'edge';

export interface GexfDeclaration {
  /** The attribute name: the id when it is not a number, else the title (like graphology-gexf). */
  title: string;
  type: string;
}

/** One <attribute> element as read: its XML attributes and the text of its first <default>, if any. */
export interface DeclarationElement {
  attributeClass: GexfClass;
  offset: number;
  id: string;
  title: string;
  type: string;
  defaultText?: string;
}

/** An <attvalue> met before any declaration of its id: resolved by `resolveDeferred`, at the end. */
interface DeferredValue {
  attributeClass: GexfClass;
  attributes: Record<string, unknown>;
  id: string;
  value: string;
  offset: number;
}

export class GexfDeclarations {
  private readonly deferred: DeferredValue[] = [];
  /** Whether a default was declared after some elements were complete (they need it too). */
  lateDefaults = false;
  /** Declared id → declaration; null when dropped (reserved name). Later declarations of an id win. */
  private readonly ids: Record<GexfClass, Map<string, GexfDeclaration | null>> = {
    node: new Map(),
    edge: new Map(),
  };
  /** Default values by title, in declaration order. */
  readonly defaults: Record<GexfClass, Map<string, unknown>> = { node: new Map(), edge: new Map() };

  constructor(
    private readonly context: ImportContext,
    private readonly locate: (offset: number) => TextPosition,
  ) {}

  /** Registers a declaration; returns whether it adds a default value. */
  declare(element: DeclarationElement): boolean {
    const { attributeClass, id } = element;
    if (!id) {
      const location = elementLocation(this.locate, element.offset, 'attribute');
      this.context.warnings.add(
        `GEXF: ignored an <attribute> declaration without an id${describeLine(location)}`,
      );
      return false;
    }
    const title = Number.isNaN(Number(id)) ? id : element.title || id;
    if (isForbiddenKey(title)) {
      this.context.warnings.add(`GEXF: dropped the ${attributeClass} attribute "${title}" (reserved name)`);
      this.ids[attributeClass].set(id, null);
      return false;
    }
    const type = element.type || 'string';
    this.ids[attributeClass].set(id, { title, type });
    if (element.defaultText === undefined) return false;
    this.defaults[attributeClass].set(title, gexfValue(type, element.defaultText));
    return true;
  }

  /** Stores an <attvalue> in `attributes` by its declaration: now, or at the end if its id is not declared yet. */
  setValue(
    attributeClass: GexfClass,
    attributes: Record<string, unknown>,
    id: string,
    value: string,
    offset: number,
  ): void {
    const declaration = this.ids[attributeClass].get(id);
    if (declaration) attributes[declaration.title] = gexfValue(declaration.type, value);
    else if (declaration === undefined) this.deferred.push({ attributeClass, attributes, id, value, offset });
  }

  /** Values whose declaration came later are stored; those never declared are counted in a warning. */
  resolveDeferred(): void {
    for (const { attributeClass, attributes, id, value, offset } of this.deferred) {
      const declaration = this.ids[attributeClass].get(id);
      if (declaration) attributes[declaration.title] = gexfValue(declaration.type, value);
      else if (declaration === undefined) {
        this.context.warnings.count(`gexf-undeclared:${id}`, (count) => {
          const where = atLine(this.locate(offset));
          return `GEXF: ignored ${plural(count, 'value')} of the undeclared attribute "${id}"${where && ` (first${where})`}`;
        });
      }
    }
  }

  /** Whether finishing will change elements read already: a late default, or a value whose declaration came later. */
  get changesLate(): boolean {
    return (
      this.lateDefaults || this.deferred.some(({ attributeClass, id }) => this.ids[attributeClass].get(id))
    );
  }

  /** Fills in the default values an element has no value for. */
  applyDefaults(attributeClass: GexfClass, attributes: Record<string, unknown>): void {
    const defaults = this.defaults[attributeClass];
    if (defaults.size === 0) return;
    for (const [title, value] of defaults) if (!(title in attributes)) attributes[title] = value;
  }
}
