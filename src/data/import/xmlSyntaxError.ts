// A well-formedness problem found by the XML tokenizer, at a character offset (turned into line/column by its caller).
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}
