// Stable JSON text for generated files: 2-space indent and a trailing newline.

/** Serializes a value as 2-space-indented JSON with a trailing newline (key order = insertion order). */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
