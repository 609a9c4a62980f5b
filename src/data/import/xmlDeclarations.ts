// Refuses DTDs before any parsing: they can declare entities that expand exponentially ("billion laughs").
import { makeFormatError, type ImportContext } from './importContext';
import { lineAndColumnAt } from './textPosition';

const DECLARATION_PATTERN = /<!(DOCTYPE|ENTITY)/i;

export function rejectEntityDeclarations(text: string, context: ImportContext): void {
  const match = DECLARATION_PATTERN.exec(text);
  if (!match) return;
  const location = lineAndColumnAt(text, match.index);
  throw makeFormatError(
    context,
    `XML entity declarations are not allowed (possible entity-expansion attack): found <!${match[1]} at line ${location.line}`,
    { ...location, element: `!${match[1]}` },
  );
}
