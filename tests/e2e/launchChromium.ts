// Launches headless Debian Chromium through playwright-core with the project's flags and a fresh profile.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL through the software rasteriser, since there is no GPU.
  '--enable-unsafe-swiftshader',
  // Chromium 156 builds its omnibox popup as a web page in another renderer, even headless: ~1.3 s of CPU in the
  // first seconds, on a machine with two cores. Measured on the 10k GEXF: first draw 2321 -> 1607 ms (5 loads each).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

export function assertChromiumInstalled(): void {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}. Install Debian's package (apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A touch screen (phones and tablets). */
  hasTouch?: boolean;
}

export async function launchChromium(
  viewport = { width: 1280, height: 800 },
  options: LaunchOptions = {},
): Promise<LaunchedChromium> {
  assertChromiumInstalled();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'yrd-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    hasTouch: options.hasTouch ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
