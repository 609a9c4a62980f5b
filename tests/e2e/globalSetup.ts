// e2e global setup: checks that Chromium is installed, then serves the production build for the tests.
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './launchChromium';
import { startPreviewServer } from './previewServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  const server = await startPreviewServer();
  project.provide('baseURL', server.baseURL);
  return () => server.stop();
}
