// Public surface of the render layer, the only part of it the ui layer may import.
export { GraphCanvas, DEFAULT_SIGMA_SETTINGS } from './GraphCanvas';
export type { GraphCanvasProps } from './GraphCanvas';
