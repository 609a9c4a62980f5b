// Public surface of the render layer, the only part of it the ui layer may import.
export { GraphCanvas } from './GraphCanvas';
export { DEFAULT_SIGMA_SETTINGS } from './canvasSettings';
export type { FirstFrame } from './firstFrame';
export type { GraphCanvasProps } from './GraphCanvas';
export { ReducersController } from './ReducersController';
export { EventsController } from './EventsController';
export type { GraphEventHandlers } from './EventsController';
export { CameraController } from './CameraController';
export { SigmaReadyController } from './SigmaReadyController';
export { useCanvasControls } from './useCanvasControls';
export type { CanvasControls, LayoutName } from './useCanvasControls';
export { useImageExport } from './useImageExport';
export type { ImageExport, PictureCaption } from './useImageExport';
