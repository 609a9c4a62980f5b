// The start's order: the graph is drawn as soon as it is loaded, unless the interface mounted first; the interface's
// code is fetched once the graph is drawn, or once the page's thread is free during a load (a worker reads the file),
// or a while after the start, to show the progress of a slow load.
import type { LoadedDataset } from './dataset';
import type { FirstFrame } from '../render';

/** What the interface is given at its mount, and never changed after: it follows a load still running itself. */
export interface DrawnFirst {
  loaded?: LoadedDataset;
  firstFrame?: FirstFrame | null;
}

export interface StartInterfaceOptions {
  load: Promise<LoadedDataset>;
  /**
   * Fetches the interface's code and resolves with its mount function; called only then, so that fetching and
   * compiling it does not compete with the load and the first frame for the machine.
   */
  ui: () => Promise<(drawnFirst: DrawnFirst) => void>;
  /** Draws the loaded graph before the interface exists, or returns null (a view the explorer draws itself). */
  draw(dataset: LoadedDataset): FirstFrame | null;
  /** Resolves when the load leaves the page's thread free for a while (a worker reads the file). */
  threadFree?: Promise<void>;
  /** How long after the start the interface's code is fetched when the load is still running. */
  waitMs: number;
}

export function startInterface({ load, ui, draw, threadFree, waitMs }: StartInterfaceOptions): Promise<void> {
  let drawnFirst: DrawnFirst = {};
  let mounted = false;
  const drawn = load
    .then((dataset) => {
      if (mounted) return;
      drawnFirst = { loaded: dataset };
      drawnFirst.firstFrame = draw(dataset);
    })
    // A failed load is the interface's to report; a failed drawing leaves the graph to the explorer.
    .catch(() => undefined);
  const waited = new Promise((resolve) => setTimeout(resolve, waitMs));
  return Promise.race([drawn, waited, ...(threadFree ? [threadFree] : [])])
    .then(ui)
    .then((mount) => {
      mounted = true;
      mount(drawnFirst);
    });
}
