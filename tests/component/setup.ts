// jsdom setup for component tests: sigma needs WebGL, so @react-sigma/core is replaced by a plain stand-in.
import { vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

vi.mock('@react-sigma/core', async () => (await import('./sigmaMock')).sigmaMock);
vi.mock('@react-sigma/core/lib/style.css', () => ({}));

afterEach(() => cleanup());
