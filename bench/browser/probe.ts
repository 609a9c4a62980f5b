// The init script run in every benchmarked page before its own scripts: hooks WebGL draws, Search, input, DOM.
import type { ProbeState, ProbeWindow } from './probeTypes';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`; functions serialised into
 * the page (init scripts, page.evaluate) need that helper there too.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** Runs inside the page (serialised by Playwright): it may use nothing from the module scope. */
export function installProbe(expectedNodes: number): void {
  const MAX_SAMPLES = 100_000;
  const state: ProbeState = {
    expectedNodes,
    firstFullDraw: null,
    firstDrawDone: null,
    fullDraws: [],
    searchReady: null,
    events: [],
    mutations: [],
    mutationFrames: [],
    longTasks: null,
  };
  const probeWindow = window as unknown as ProbeWindow;
  probeWindow.__bench = state;

  // Main-thread long tasks, registered before the page's own code; `buffered` also yields any already queued.
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    const longTasks: NonNullable<ProbeState['longTasks']> = [];
    state.longTasks = longTasks;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (longTasks.length < MAX_SAMPLES)
          longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    });
    observer.observe({ type: 'longtask', buffered: true });
    probeWindow.__benchLongTasks = observer;
  }

  // WebGL: a draw call whose instance count (instanced) or vertex count covers every node is a full draw.
  const onDraw = (count: number) => {
    if (!(count >= state.expectedNodes)) return;
    const now = performance.now();
    if (state.firstFullDraw === null) {
      state.firstFullDraw = now;
      requestAnimationFrame(() => setTimeout(() => (state.firstDrawDone = performance.now()), 0));
    }
    if (state.fullDraws.length < MAX_SAMPLES) state.fullDraws.push(now);
  };
  const wrap = (target: object, method: string, countArgument: number) => {
    const record = target as Record<string, unknown>;
    const original = record[method];
    if (typeof original !== 'function') return;
    record[method] = function (this: unknown, ...args: unknown[]) {
      onDraw(Number(args[countArgument]));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  for (const context of [globalThis.WebGLRenderingContext, globalThis.WebGL2RenderingContext]) {
    if (!context) continue;
    wrap(context.prototype, 'drawArrays', 2);
    wrap(context.prototype, 'drawElements', 1);
  }
  if (globalThis.WebGL2RenderingContext) {
    wrap(WebGL2RenderingContext.prototype, 'drawArraysInstanced', 3);
    wrap(WebGL2RenderingContext.prototype, 'drawElementsInstanced', 4);
  }
  // WebGL1's instancing goes through the ANGLE_instanced_arrays extension object.
  const getExtension = WebGLRenderingContext.prototype.getExtension;
  WebGLRenderingContext.prototype.getExtension = function (this: WebGLRenderingContext, name: string) {
    const extension: unknown = getExtension.call(this, name);
    if (name === 'ANGLE_instanced_arrays' && extension && !(extension as { __probed?: true }).__probed) {
      wrap(extension, 'drawArraysInstancedANGLE', 3);
      wrap(extension, 'drawElementsInstancedANGLE', 4);
      (extension as { __probed?: true }).__probed = true;
    }
    return extension as ReturnType<WebGLRenderingContext['getExtension']>;
  } as WebGLRenderingContext['getExtension'];

  // Input events, with their own timestamps (when the browser received them).
  for (const type of ['click', 'keydown']) {
    document.addEventListener(
      type,
      (event) => {
        const key = event instanceof KeyboardEvent ? event.key : '';
        if (state.events.length < MAX_SAMPLES) state.events.push({ type, key, t: event.timeStamp });
      },
      { capture: true },
    );
  }

  // The Search combobox is usable once it exists, is named "Search" and is enabled.
  const accessibleName = (element: Element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const ids = element.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    return element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? '') : '';
  };
  const searchUsable = () =>
    Array.from(document.querySelectorAll('[role="combobox"]')).some(
      (element) =>
        accessibleName(element).trim().toLowerCase() === 'search' &&
        !(element as HTMLInputElement).disabled &&
        element.getAttribute('aria-disabled') !== 'true',
    );

  // DOM mutations: when they happen, and the next animation frame, which paints them.
  let framePending = false;
  new MutationObserver(() => {
    const now = performance.now();
    if (state.searchReady === null && searchUsable()) state.searchReady = now;
    if (state.mutations.length < MAX_SAMPLES) state.mutations.push(now);
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      framePending = false;
      if (state.mutationFrames.length < MAX_SAMPLES) state.mutationFrames.push(performance.now());
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
