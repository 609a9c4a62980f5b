// The start tag the tokenizer has just read: name, self-closing flag and attributes (reused from tag to tag).
export class XmlTag {
  name = '';
  selfClosing = false;
  /** Attribute names and values; only the first `count` entries belong to the current tag. */
  readonly names: string[] = [];
  readonly values: string[] = [];
  count = 0;

  /** The attribute's value, or undefined when the tag has no such attribute. */
  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.values[i];
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  add(name: string, value: string): void {
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count++;
  }
}
