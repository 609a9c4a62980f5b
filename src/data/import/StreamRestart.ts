// Thrown by a reader that handed edges over as it read them and then met what needs every edge first: the import
// starts again, reading the whole file before handing anything over.

export class StreamRestart extends Error {
  constructor(reason: string) {
    super(`The file must be read whole before its edges are handed over: ${reason}`);
    this.name = 'StreamRestart';
  }
}
