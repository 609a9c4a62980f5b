// Edge identity helpers: the compiled edge key and the human-readable edge label used in issues.

/** The compiled graph's edge key: `${relation}:${source}->${target}`. */
export function makeEdgeKey(source: string, relation: string, target: string): string {
  return `${relation}:${source}->${target}`;
}

/** The edge's name in validation messages: `source -relation-> target`. */
export function makeEdgeLabel(source: string, relation: string, target: string): string {
  return `${source} -${relation}-> ${target}`;
}
