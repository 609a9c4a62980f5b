// jsdom setup for component tests: sigma needs WebGL, so sigma and its React bindings are replaced by stand-ins
// (a new fake sigma for every test).
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetFakeSigma } from './sigmaMock';

vi.mock('@react-sigma/core', async () => (await import('./sigmaMock')).sigmaMock);
vi.mock('@react-sigma/core/lib/style.css', () => ({}));
vi.mock('sigma/rendering', () => ({
  EdgeArrowProgram: class {},
  EdgeLineProgram: class {},
  EdgeRectangleProgram: class {},
}));
vi.mock('sigma/utils', () => ({ animateNodes: () => () => undefined }));
vi.mock('@sigma/edge-curve', () => ({
  EdgeCurvedArrowProgram: class {},
  indexParallelEdgesIndex: () => undefined,
}));
vi.mock('graphology-layout-forceatlas2/worker', () => ({ default: class {} }));

// The panels and the filters are lazy chunks: their first import is transformed on demand, which takes more than
// testing-library's default second on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

// Each test gets its own fake sigma: nothing one test told sigma leaks into the next.
beforeEach(() => resetFakeSigma());
afterEach(() => cleanup());
