// Rejects node/edge elements nested where they cannot be (usually an unclosed tag above them), for a readable error.
import { closestAncestor } from './domHelpers';
import { describeLine, makeFormatError, type ImportContext } from './importContext';
import { elementLocation } from './xmlDocument';

/**
 * Throws when `element`'s nearest ancestor among `containers` is not one of `allowed`
 * (e.g. an <edge> inside a <node>): the parsers would otherwise mix up their attributes.
 */
export function checkNesting(
  element: Element,
  containers: readonly string[],
  allowed: readonly string[],
  context: ImportContext,
): void {
  const parent = closestAncestor(element, containers);
  if (!parent || allowed.includes(parent.tagName)) return;
  const id = element.getAttribute('id');
  const parentId = parent.getAttribute('id');
  const location = elementLocation(element, id || undefined);
  const describe = (tag: string, value: string | null) => (value ? `<${tag} id="${value}">` : `<${tag}>`);
  throw makeFormatError(
    context,
    `${describe(element.tagName, id)} is inside ${describe(parent.tagName, parentId)}${describeLine(location)}; ` +
      'an element above it is probably not closed',
    location,
  );
}
