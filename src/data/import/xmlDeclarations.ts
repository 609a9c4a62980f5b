// Refuses entity declarations before any parsing: they can expand exponentially ("billion laughs").
import { makeFormatError, type ImportContext } from './importContext';
import { lineAndColumnAt } from './textPosition';

const ENTITY_PATTERN = /<!ENTITY/i;
const DOCTYPE_PATTERN = /<!DOCTYPE/i;

/**
 * Throws when the text declares an entity. A DOCTYPE without entity declarations is harmless (saxes reads no DTD and
 * expands only the five predefined entities); one with an internal subset that declares entities is reported where
 * the DOCTYPE starts.
 */
export function rejectEntityDeclarations(text: string, context: ImportContext): void {
  const entity = ENTITY_PATTERN.exec(text);
  if (!entity) return;
  const doctype = DOCTYPE_PATTERN.exec(text.slice(0, entity.index));
  const [index, name] = doctype ? [doctype.index, 'DOCTYPE'] : [entity.index, 'ENTITY'];
  const location = lineAndColumnAt(text, index);
  throw makeFormatError(
    context,
    `XML entity declarations are not allowed (possible entity-expansion attack): found <!${name} at line ${location.line}`,
    { ...location, element: `!${name}` },
  );
}
