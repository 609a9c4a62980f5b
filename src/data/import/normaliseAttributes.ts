// Makes one element's attributes safe for sigma and the app: JSON-safe values, no reserved keys, "type" moved, fixes.
import type { Attributes } from 'graphology-types';
import { isCssColor } from './cssColor';
import type { ImportContext } from './importContext';
import { plural } from './importWarnings';
import { normaliseValue, toFiniteNumber } from './normaliseValue';
import { isForbiddenKey } from './safeAttributes';

export type ElementKind = 'node' | 'edge' | 'graph';

/** Where sigma's reserved `type` attribute goes, per element kind. */
const TYPE_DESTINATION: Record<ElementKind, string | undefined> = {
  node: 'kind',
  edge: 'relation',
  graph: undefined,
};

function warnForbidden(key: string, element: ElementKind, context: ImportContext) {
  context.warnings.count(
    `forbidden:${element}:${key}`,
    (count) => `Dropped the attribute "${key}" from ${plural(count, element)} (reserved name)`,
  );
}

function moveType(
  copy: Record<string, unknown>,
  value: unknown,
  element: ElementKind,
  context: ImportContext,
) {
  let target = TYPE_DESTINATION[element] ?? 'type_';
  if (Object.hasOwn(copy, target)) for (target = 'type_'; Object.hasOwn(copy, target); target += '_');
  copy[target] = value;
  context.warnings.count(
    `type:${element}:${target}`,
    (count) =>
      `Renamed the ${element} attribute "type" to "${target}" on ${plural(count, element)} (sigma reserves "type" for its renderers)`,
  );
}

/**
 * A plain-object copy of `source` with only keepable values (JSON-serialisable, finite), in source order, and
 * `type` renamed for nodes and edges. Reserved keys (__proto__, constructor, prototype) are skipped before any
 * assignment, so every assignment defines an own data property.
 */
export function copyAttributes(
  source: Attributes,
  element: ElementKind,
  context: ImportContext,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const movesType = TYPE_DESTINATION[element] !== undefined;
  let type: { value: unknown } | undefined;
  for (const key of Object.keys(source)) {
    if (isForbiddenKey(key)) {
      warnForbidden(key, element, context);
      continue;
    }
    let value: unknown = source[key];
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'boolean' && !(kind === 'number' && Number.isFinite(value))) {
      const verdict = normaliseValue(value);
      if (!verdict.keep) {
        const reason = verdict.reason;
        if (reason) {
          context.warnings.count(
            `value:${element}:${key}:${reason}`,
            (count) => `Dropped the attribute "${key}" from ${plural(count, element)} (${reason})`,
          );
        }
        continue;
      }
      value = verdict.value;
    }
    if (movesType && key === 'type') type = { value };
    else copy[key] = value;
  }
  if (type) moveType(copy, type.value, element, context);
  return copy;
}

export function fixNumber(
  bag: Record<string, unknown>,
  key: string,
  element: ElementKind,
  context: ImportContext,
  min = -Infinity,
) {
  if (!Object.hasOwn(bag, key)) return;
  const number = toFiniteNumber(bag[key]);
  if (number !== undefined && number >= min) {
    bag[key] = number;
    return;
  }
  delete bag[key];
  context.warnings.count(
    `number:${element}:${key}`,
    (count) =>
      `Ignored an invalid "${key}" on ${plural(count, element)} (not a ${min === 0 ? 'non-negative ' : ''}finite number)`,
  );
}

export function fixColor(bag: Record<string, unknown>, element: ElementKind, context: ImportContext) {
  if (!Object.hasOwn(bag, 'color')) return;
  const color = typeof bag.color === 'string' ? bag.color.trim() : '';
  if (isCssColor(color)) {
    bag.color = color;
    return;
  }
  delete bag.color;
  context.warnings.count(
    `color:${element}`,
    (count) => `Ignored an invalid "color" on ${plural(count, element)} (not a CSS colour)`,
  );
}

export function fixLabel(bag: Record<string, unknown>, fallback: string | undefined) {
  const label = bag.label;
  if (typeof label === 'string') return;
  if (typeof label === 'number' || typeof label === 'boolean') bag.label = String(label);
  else if (fallback !== undefined) bag.label = fallback;
  else delete bag.label;
}
