// Cell shading of the province matrices: a single-hue sequential scale of the count, with a readable text colour.

/** The accent hue (#0b5cad) at an opacity growing with the count. */
export function cellShade(
  count: number,
  maxCount: number,
): { background: string; color: string } | undefined {
  if (count <= 0 || maxCount <= 0) return undefined;
  const alpha = 0.2 + 0.8 * (count / maxCount);
  return {
    background: `rgba(11, 92, 173, ${alpha.toFixed(2)})`,
    color: alpha > 0.55 ? '#ffffff' : '#12263a',
  };
}
