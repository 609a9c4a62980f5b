// Prototype-pollution-safe attribute handling: reserved keys, plain-object checks and JSON-safe copies.
export const FORBIDDEN_ATTRIBUTE_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_ATTRIBUTE_KEYS.has(key);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * An object without a prototype: assigning any key to it (even "__proto__") only defines an own property.
 * Same object as Object.create(null), but V8 keeps it in fast mode (Object.create(null) starts as a dictionary,
 * about three times slower to fill and read, which matters for hundreds of thousands of nodes and edges).
 */
export function makeAttributeBag(): Record<string, unknown> {
  return Object.setPrototypeOf({}, null) as Record<string, unknown>;
}

/** Own enumerable entries of an object, forbidden keys excluded. */
export function safeEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([key]) => !isForbiddenKey(key));
}

/** A plain object built with define semantics (Object.fromEntries), so no key can act as a setter. */
export function toPlainObject(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  return Object.fromEntries([...entries].filter(([key]) => !isForbiddenKey(key)));
}

const dropForbidden = (key: string, value: unknown) => (isForbiddenKey(key) ? undefined : value);

/**
 * A deep, JSON-only copy of an object or array attribute value (nested reserved keys removed),
 * or `undefined` when the value is not JSON-serialisable (cycles, BigInt, …).
 */
export function toJsonValue(value: object): unknown {
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return undefined;
    return JSON.parse(json, dropForbidden) as unknown;
  } catch {
    return undefined;
  }
}
