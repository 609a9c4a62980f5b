// GraphML <key> declarations: per-domain names, types and defaults, yEd keys, reserved names; and typed value casts.
import { atLine, describeLine, type ImportContext } from './importContext';
import { elementLocation } from './readXml';
import { isForbiddenKey } from './safeAttributes';
import type { TextPosition } from './textPosition';

export const DOMAINS = ['node', 'edge', 'graph'] as const;
export type Domain = (typeof DOMAINS)[number];
const KNOWN_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

export interface KeySpec {
  name: string;
  type: string;
}

/** One <key> element as read: its XML attributes and the text of its first <default>, if any. */
export interface KeyElement {
  offset: number;
  id: string;
  domain: string;
  name: string;
  type: string;
  yfilesType: string;
  defaultText?: string;
}

/** A data value by its key's type (like graphology-graphml: booleans are not trimmed, numbers via Number). */
export function castValue(type: string, text: string): unknown {
  if (type === 'string') return text;
  if (type === 'boolean') return text.toLowerCase() === 'true';
  return Number(text);
}

/** A default value of a typed key (read as text by graphology-graphml, then cast with trimming). */
export function castDefault(type: string, text: string): unknown {
  return type === 'boolean' ? text.trim().toLowerCase() === 'true' : Number(text);
}

function makeDomainMaps<Value>(): Record<Domain, Map<string, Value>> {
  return { node: new Map(), edge: new Map(), graph: new Map() };
}

export class GraphmlKeys {
  /** Key id → whether it is usable (false: dropped). Absent: never declared. */
  private readonly ids = new Map<string, boolean>();
  private readonly specs = makeDomainMaps<KeySpec>();
  /** yEd keys (yfiles.type) by id. */
  private readonly yfiles = new Map<string, string>();
  /** Non-string types by domain and attribute name. */
  readonly types = makeDomainMaps<string>();
  /** Default values (as text) by domain and attribute name. */
  readonly defaults = makeDomainMaps<string>();

  constructor(
    private readonly context: ImportContext,
    private readonly locate: (offset: number) => TextPosition,
  ) {}

  declare(key: KeyElement): void {
    const { id, domain } = key;
    if (!id) {
      const location = elementLocation(this.locate, key.offset, 'key');
      this.context.warnings.add(`GraphML: ignored a <key> without an id${describeLine(location)}`);
      return;
    }
    if (key.yfilesType) {
      this.yfiles.set(id, key.yfilesType);
      return;
    }
    const name = key.name || id;
    const domains: readonly string[] = domain === 'all' ? DOMAINS : [domain];
    if (isForbiddenKey(name) || !(DOMAINS as readonly string[]).includes(domains[0] ?? '')) {
      if (isForbiddenKey(name))
        this.context.warnings.add(`GraphML: dropped the attribute "${name}" (reserved name)`);
      if (!this.ids.has(id)) this.ids.set(id, false);
      return;
    }
    this.ids.set(id, true);
    const declared = (key.type || 'string').toLowerCase();
    const type = KNOWN_TYPES.has(declared) ? declared : 'string';
    for (const target of domains as readonly Domain[]) {
      this.specs[target].set(id, { name, type });
      if (type !== 'string') this.types[target].set(name, type);
      if (key.defaultText !== undefined) this.defaults[target].set(name, key.defaultText);
    }
  }

  /** [name, type] of the typed attributes, and [name, text] of the defaults, of a domain (as arrays, for speed). */
  listed(domain: Domain): { types: [string, string][]; defaults: [string, string][] } {
    return { types: [...this.types[domain]], defaults: [...this.defaults[domain]] };
  }

  yfilesType(id: string): string | undefined {
    return this.yfiles.get(id);
  }

  isDeclared(id: string): boolean {
    return this.ids.has(id) || this.yfiles.has(id);
  }

  /**
   * How a data value with this key is stored in `domain`: under the key's name with its type, under the key id
   * as text (a key declared for other domains), or not at all (null: dropped, yEd). Undeclared keys are declared
   * as text for every domain, with a warning pointing at `firstUse`.
   */
  resolve(domain: Domain, id: string, firstUse: number | undefined): KeySpec | null {
    if (this.yfiles.has(id)) return null;
    const state = this.ids.get(id);
    if (state === false) return null;
    if (state === undefined) {
      if (isForbiddenKey(id)) {
        this.context.warnings.add(`GraphML: dropped the attribute "${id}" (reserved name)`);
        this.ids.set(id, false);
        return null;
      }
      this.ids.set(id, true);
      for (const target of DOMAINS) this.specs[target].set(id, { name: id, type: 'string' });
      const where = firstUse === undefined ? '' : atLine(this.locate(firstUse));
      this.context.warnings.add(
        `GraphML: <data key="${id}"> has no <key> declaration; its values are read as text${where && ` (first${where})`}`,
      );
    }
    return this.specs[domain].get(id) ?? { name: id, type: 'string' };
  }
}
