// Small DOM helpers for the XML readers (xmldom elements: static arrays, local names, ancestors).
export function elementsByTagName(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

/** The tag name without its namespace prefix, lower-cased. */
export function localName(element: Element): string {
  return (element.localName || element.tagName).replace(/^.*:/, '').toLowerCase();
}

/** The nearest ancestor whose tag name is one of `names`. */
export function closestAncestor(element: Element, names: readonly string[]): Element | undefined {
  for (let node = element.parentNode; node; node = node.parentNode) {
    if (node.nodeType === 1 && names.includes((node as Element).tagName)) return node as Element;
  }
  return undefined;
}

export function removeElement(element: Element): void {
  element.parentNode?.removeChild(element);
}

/**
 * Elements with the given tag names, in document order, from a single walk of the tree
 * (each getElementsByTagName call walks the whole document again).
 */
export function collectElements<Name extends string>(
  root: Node,
  names: readonly Name[],
): Record<Name, Element[]> {
  const found = Object.fromEntries(names.map((name) => [name, [] as Element[]])) as Record<Name, Element[]>;
  const wanted = new Map<string, Element[]>(names.map((name) => [name, found[name]]));
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 1) wanted.get((node as Element).tagName)?.push(node as Element);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}
