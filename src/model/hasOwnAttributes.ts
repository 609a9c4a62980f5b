// Whether an attribute bag holds any attribute of its own, without making an array of its keys (hot loops call it).
export function hasOwnAttributes(attributes: Record<string, unknown> | undefined): boolean {
  if (!attributes) return false;
  for (const key in attributes) if (Object.hasOwn(attributes, key)) return true;
  return false;
}
