// The error for node/edge elements nested where they cannot be (usually an unclosed tag above them), readably worded.
import type { GraphImportError } from './GraphImportError';
import { describeLine, makeFormatError, type ImportContext } from './importContext';
import { elementLocation } from './readXml';
import type { TextPosition } from './textPosition';

/** An open element that can contain nodes or edges, as the readers track it. */
export interface Container {
  name: string;
  /** Its "id" attribute, if non-empty. */
  id?: string;
}

/** An element the readers check: its tag name, "id" (if non-empty) and start offset. */
export interface ElementAt extends Container {
  offset: number;
}

/** The nearest open container whose name is one of `names`, searching from the innermost. */
export function nearestContainer(
  stack: readonly Container[],
  names: readonly string[],
): Container | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const container = stack[i]!;
    if (names.includes(container.name)) return container;
  }
  return undefined;
}

/** "<edge id="b"> is inside <node id="a"> (line 3, column 5); an element above it is probably not closed". */
export function nestingError(
  context: ImportContext,
  locate: (offset: number) => TextPosition,
  element: ElementAt,
  parent: Container,
): GraphImportError {
  const location = elementLocation(locate, element.offset, element.name, element.id);
  const describe = (tag: string, value?: string) => (value ? `<${tag} id="${value}">` : `<${tag}>`);
  return makeFormatError(
    context,
    `${describe(element.name, element.id)} is inside ${describe(parent.name, parent.id)}${describeLine(location)}; ` +
      'an element above it is probably not closed',
    location,
  );
}
