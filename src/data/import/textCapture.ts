// Collects the text content of one element (with its descendants' text), for the XML readers that need it.
export class TextCapture {
  private depth = -1;
  private buffer = '';

  get active(): boolean {
    return this.depth !== -1;
  }

  /** Starts collecting for the element open at `depth`. */
  start(depth: number): void {
    this.depth = depth;
    this.buffer = '';
  }

  add(text: string): void {
    this.buffer += text;
  }

  /** Stops collecting and returns the text. */
  end(): string {
    const text = this.buffer;
    this.depth = -1;
    this.buffer = '';
    return text;
  }
}
